import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Drawn a little before it scrolls into view, so a slow scroll never meets an empty box. */
const AHEAD = '200px 0px';

/**
 * A chart drawn when it comes near the screen: on a phone most of the dashboard's charts are below
 * the fold, and drawing them all made the first screen wait. Until then a box of the chart's height
 * holds its place, so nothing moves when it is drawn.
 */
export const DrawWhenSeen = ({ height, children }: { height: number; children: ReactNode }) => {
  const box = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = box.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  // Its height fixed and its layout its own: drawing a chart lays out the chart, not the dashboard.
  const kept = { height, contain: 'size layout' } as const;
  if (seen)
    return (
      <div key="chart" style={kept}>
        {children}
      </div>
    );
  return <div key="placeholder" ref={box} className="chart-placeholder" style={kept} />;
};
