import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { panelMetrics, type PanelSources } from './panelMetrics';

export interface Metrics {
  registry: Registry;
  /** Seconds from a request's arrival to its answer, by method, route pattern and status. */
  requestDuration: Histogram<'method' | 'route' | 'status'>;
}

/**
 * A registry of this app's own, not prom-client's global one: tests start several apps in one
 * process, and two processes on one database each answer for themselves. The process's
 * figures (memory, CPU, event loop), the requests' durations, and the panel's own.
 */
export function createMetrics(sources: PanelSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request to its answer, by method, route pattern (never the address asked) and status.',
    labelNames: ['method', 'route', 'status'] as const,
    // Prometheus's defaults, and half a minute for a yearly workbook or a file import.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  panelMetrics(registry, sources);
  return { registry, requestDuration };
}
