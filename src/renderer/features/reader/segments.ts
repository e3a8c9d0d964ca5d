/** A span of article text as offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A run of one block's text: plain, or inside the mention at `mention` (an index into the mentions given). */
export interface Segment extends TextSpan {
  mention: number | null;
  /** Inside the span being flashed (a figure's sentence the user asked to see). */
  flash: boolean;
}

/**
 * Cuts the block [start, end) into runs at mention and flash boundaries, so each run renders as plain
 * text or one mark. Mentions must be in text order; one overlapping an earlier mention is left unmarked
 * rather than nesting marks.
 */
export function segmentBlock(
  block: TextSpan,
  mentions: readonly TextSpan[],
  flash: TextSpan | null = null,
): Segment[] {
  const cuts = new Set([block.start, block.end]);
  const covering: { span: TextSpan; at: number }[] = [];
  let lastEnd = -1;
  mentions.forEach((span, at) => {
    if (span.end <= block.start || span.start >= block.end || span.start < lastEnd) return;
    lastEnd = span.end;
    covering.push({ span, at });
    cuts.add(Math.max(span.start, block.start));
    cuts.add(Math.min(span.end, block.end));
  });
  if (flash) {
    for (const edge of [flash.start, flash.end]) if (edge > block.start && edge < block.end) cuts.add(edge);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < covering.length && covering[next]!.span.end <= start) next++;
    const inside = covering[next] && covering[next]!.span.start <= start ? covering[next]!.at : null;
    const flashed = flash !== null && start >= flash.start && end <= flash.end;
    segments.push({ start, end, mention: inside, flash: flashed });
  }
  return segments;
}
