/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/** When the page last reloaded itself for a new version: once, not in a loop, if something is amiss. */
const RELOADED_AT = 'beredskab.reloadedForNewVersion';

function reloadOnce(): void {
  if (Date.now() - Number(sessionStorage.getItem(RELOADED_AT) ?? 0) < 10_000) return;
  sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  window.location.reload();
}

/**
 * The service worker (vite-plugin-pwa, autoUpdate): the app shell from the browser's cache on the
 * next visit; a new build's worker takes over as soon as it has the new shell, and a page of the
 * older build on screen loads again. Production builds only: `npm run dev` has no worker.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // workbox-window reloads when it sees the new worker activate, but it listens only from the
  // window's load on: the visit whose own check found the new worker is often already past that.
  const servedBy = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (servedBy) reloadOnce();
  });
  // The older build's chunks are gone from the new worker's cache and from the server.
  window.addEventListener('vite:preloadError', reloadOnce);
  // One reload, whichever notices first.
  registerSW({ onNeedReload: reloadOnce });
}
