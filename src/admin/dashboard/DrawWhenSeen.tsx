import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Drawn a little before it scrolls into view, so a slow scroll never meets an empty box. */
const AHEAD = '200px 0px';

interface Props {
  height: number;
  /**
   * The chart at the box's width: given, not measured by the chart, so it is drawn once. `engaged`
   * once a pointer, a finger or the keyboard has come to it: its tooltip is drawn from then on.
   */
  children: (width: number, engaged: boolean) => ReactNode;
}

/**
 * A chart drawn when it comes near the screen: on a phone most of the dashboard's charts are below
 * the fold, and drawing them all made the first screen wait. Until then a box of the chart's height
 * holds its place, so nothing moves when it is drawn. The width comes with the news that the box
 * is in view, and later from a ResizeObserver: recharts' own `responsive` measured it while drawing
 * (a forced layout) and then drew the chart a second time.
 */
export const DrawWhenSeen = ({ height, children }: Props) => {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>();
  const seen = width !== undefined;
  // recharts' tooltip measures itself as it mounts: a tenth of a chart's drawing, for a
  // tooltip most charts never show. It comes with the first hover, tap or focus instead.
  const [engaged, setEngaged] = useState(false);
  const engage = engaged ? undefined : () => setEngaged(true);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    if (!seen && typeof IntersectionObserver !== 'undefined') {
      const observer = new IntersectionObserver(
        (entries) => {
          const inView = entries.find((e) => e.isIntersecting);
          if (inView) setWidth(inView.boundingClientRect.width);
        },
        { rootMargin: AHEAD },
      );
      observer.observe(element);
      return () => observer.disconnect();
    }
    if (typeof ResizeObserver === 'undefined') {
      setWidth(element.getBoundingClientRect().width);
      return;
    }
    const resized = new ResizeObserver((entries) => setWidth(entries[0]!.contentRect.width));
    resized.observe(element);
    return () => resized.disconnect();
  }, [seen]);
  // Its height fixed and its layout its own: drawing a chart lays out the chart, not the dashboard.
  return (
    <div ref={box} style={{ height, contain: 'size layout' }} onPointerEnter={engage} onFocus={engage}>
      {seen ? children(width, engaged) : <div className="chart-placeholder" style={{ height }} />}
    </div>
  );
};
