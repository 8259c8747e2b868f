/**
 * npm run audit:pages — every page of the panel as admin and as board, on a phone
 * (390×844) and a desktop (1440×900), in Danish and English: axe-core's WCAG 2.1 A/AA
 * violations and how far a page is wider than the screen. After a build. The browser
 * suite asserts the same (test/e2e/accessibility.test.ts); this prints the whole picture.
 * AUDIT_PAGES=incidents,incident AUDIT_ROLES=admin AUDIT_LOCALES=da AUDIT_WIDTHS=390 narrow it.
 */
import { startPanel } from '../test/support/browser';
import {
  DESKTOP,
  PAGES,
  PHONE,
  addPageRecords,
  axeFindings,
  openAs,
  overflow,
  setLanguage,
  show,
  type Finding,
} from '../test/e2e/pageAudit';

const only = (name: string) => process.env[name]?.split(',').filter(Boolean);
const roles = (only('AUDIT_ROLES') ?? ['admin', 'board']) as ('admin' | 'board')[];
const locales = (only('AUDIT_LOCALES') ?? ['da', 'en']) as ('da' | 'en')[];
const widths = only('AUDIT_WIDTHS')?.map(Number) ?? [PHONE.width, DESKTOP.width];
const pages = PAGES.filter((p) => !only('AUDIT_PAGES') || only('AUDIT_PAGES')!.includes(p.name));

const panel = await startPanel();
await addPageRecords(panel);
const findings: Finding[] = [];
const wide: string[] = [];
try {
  for (const role of roles)
    for (const locale of locales)
      for (const viewport of [PHONE, DESKTOP].filter((v) => widths.includes(v.width))) {
        const page = await openAs(panel, panel.browser, role, viewport, locale);
        await setLanguage(page, locale);
        for (const p of pages.filter((p) => role === 'admin' || (!p.admin && !p.staff))) {
          const where = `${p.name} ${role} ${locale} ${viewport.width}`;
          try {
            await show(page, p.path);
            findings.push(...(await axeFindings(page, where)));
            const over = await overflow(page);
            if (over > 0) wide.push(`${where}: ${over} px too wide`);
          } catch (err) {
            console.log(`${where}: ${(err as Error).message.split('\n')[0]}`);
          }
        }
        await page.context().close();
      }
} finally {
  await panel.close();
}
const byRule = new Map<string, number>();
for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + f.nodes);
for (const f of findings) console.log(`${f.page}\t${f.rule}\t${f.nodes}\t${f.targets.join(' | ')}`);
console.log(`\nwider than the screen:\n${wide.join('\n') || '(none)'}`);
console.log(`\naxe violations: ${findings.reduce((n, f) => n + f.nodes, 0)} elements`);
for (const [rule, n] of byRule) console.log(`  ${rule}: ${n}`);
