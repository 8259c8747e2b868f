import { Gauge, type Registry } from 'prom-client';
import { openByProgrammeAndLevel, overdueByProgramme } from '../../domain/incidentCounts';
import type { Incident } from '../../domain/incidentRules';
import { lockedFor, recentFailures, type Track } from '../../domain/loginThrottle';
import { DEFAULT_CHANNEL, channelOf, type Notification } from '../../domain/notificationSchema';
import { lockKindOf, sessionEnded } from '../changes/auth';
import type { Store } from '../store/store';
import { diskSpace } from './diskSpace';
import type { DiskSpace } from '../../domain/diskSpace';

export interface PanelSources {
  store: Store;
  /** The data directory: the disk it is on is the one a full disk stops writes on. */
  dataDir: string;
  /** The domain's clock, for deadlines; sessions and locks run on real time. */
  clock: () => Date;
  /** Tries refused by locks not yet audited, by the lock's key (kept in memory by the login routes). */
  refusedSoFar: () => readonly { key: string; refused: number }[];
}

/**
 * The panel's own figures, computed from the store at each scrape: counts only, labelled by
 * programme id, level, channel or kind of lock, never by a name or any text a user wrote.
 */
export function panelMetrics(registry: Registry, { store, dataDir, clock, refusedSoFar }: PanelSources) {
  const registers = [registry];
  const programmeIds = () => store.all('programmes').map((p) => p.id as number);
  const incidents = () => store.all('incidents') as unknown as Incident[];
  const notifications = () => store.all('notifications') as unknown as Notification[];

  new Gauge({
    name: 'beredskab_store_writable',
    help: 'Whether the store can make a write durable (1) or refuses writes, e.g. on a full disk (0).',
    registers,
    collect() {
      this.set(store.writable ? 1 : 0);
    },
  });
  const disk = (name: string, help: string, bytes: (space: DiskSpace) => number) =>
    new Gauge({
      name,
      help,
      registers,
      // A file system that cannot be asked fails the scrape: Prometheus says so, a 0 would say a full disk.
      async collect() {
        this.set(bytes(await diskSpace(dataDir)));
      },
    });
  disk(
    'beredskab_disk_free_bytes',
    'Bytes left for the server on the file system that holds the data directory.',
    (space) => space.freeBytes,
  );
  disk(
    'beredskab_disk_total_bytes',
    'Size of the file system that holds the data directory.',
    (space) => space.totalBytes,
  );
  new Gauge({
    name: 'beredskab_journal_bytes',
    help: 'Journal bytes written since the last snapshot (the embedded store; 0 on PostgreSQL).',
    registers,
    collect() {
      this.set(store.figures().journalBytes);
    },
  });
  new Gauge({
    name: 'beredskab_snapshot_duration_seconds',
    help: 'How long the last snapshot of the embedded store took; 0 before the first, and on PostgreSQL.',
    registers,
    collect() {
      this.set(store.figures().lastSnapshotSeconds ?? 0);
    },
  });

  const outbox = (status: Notification['status']) =>
    function (this: Gauge<'channel'>) {
      this.reset();
      this.set({ channel: DEFAULT_CHANNEL }, 0);
      for (const n of notifications())
        if (n.status === status) this.inc({ channel: channelOf(n as { channel?: unknown }) });
    };
  new Gauge({
    name: 'beredskab_outbox_unsent',
    help: 'Notifications not yet sent, by channel.',
    labelNames: ['channel'],
    registers,
    collect: outbox('unsent'),
  });
  new Gauge({
    name: 'beredskab_outbox_failed',
    help: 'Notifications whose last attempt failed (retried later, or given up after the last attempt), by channel.',
    labelNames: ['channel'],
    registers,
    collect: outbox('failed'),
  });

  new Gauge({
    name: 'beredskab_sessions',
    help: 'Sessions that can still be used (signed in, or waiting for the second factor).',
    registers,
    collect() {
      const now = Date.now();
      this.set(store.all('sessions').filter((s) => !sessionEnded(store, s, now)).length);
    },
  });
  new Gauge({
    name: 'beredskab_login_refusals',
    help:
      'Tries against the login locks, by kind of lock (user, ip, password, totp, forgot): counted within ' +
      'the lock window (state="counted"), locks in force (state="locked"), tries refused by a lock and ' +
      'not yet audited in this process (state="refused").',
    labelNames: ['lock', 'state'],
    registers,
    collect() {
      const now = Date.now();
      this.reset();
      for (const row of store.all('loginFailures')) {
        const track = row as unknown as Track;
        const lock = lockKindOf(String(row.id));
        this.inc({ lock, state: 'counted' }, recentFailures(track, now).length);
        this.inc({ lock, state: 'locked' }, lockedFor(track, now) > 0 ? 1 : 0);
      }
      for (const { key, refused } of refusedSoFar())
        this.inc({ lock: lockKindOf(key), state: 'refused' }, refused);
    },
  });

  new Gauge({
    name: 'beredskab_incidents_open',
    help: 'Open incidents by programme id and level.',
    labelNames: ['programme_id', 'level'],
    registers,
    collect() {
      this.reset();
      for (const [programme, levels] of openByProgrammeAndLevel(programmeIds(), incidents()))
        for (const [level, count] of Object.entries(levels))
          this.set({ programme_id: String(programme), level }, count);
    },
  });
  new Gauge({
    name: 'beredskab_incidents_overdue',
    help: 'Open incidents whose response deadline has passed without a meeting, by programme id.',
    labelNames: ['programme_id'],
    registers,
    collect() {
      this.reset();
      for (const [programme, count] of overdueByProgramme(programmeIds(), incidents(), clock()))
        this.set({ programme_id: String(programme) }, count);
    },
  });
}
