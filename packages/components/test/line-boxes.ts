// Where text has wrapped: the line boxes of the text inside an element, read from Range rects.

export interface LineBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * One box per line of the text nodes inside `root` (not into shadow roots), top to bottom: the rects
 * of each text node, merged where they share a line. Empty rects (a collapsed space) are left out.
 */
export function textLineBoxes(root: Node): LineBox[] {
  const lines: LineBox[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width === 0) continue;
      const line = lines.find((box) => rect.top < box.bottom - rect.height / 2 && rect.bottom > box.top + rect.height / 2);
      if (line) {
        line.left = Math.min(line.left, rect.left);
        line.right = Math.max(line.right, rect.right);
        line.top = Math.min(line.top, rect.top);
        line.bottom = Math.max(line.bottom, rect.bottom);
      } else {
        lines.push({ top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right });
      }
    }
  }
  return lines.sort((a, b) => a.top - b.top);
}

/** The text inside `root` (not into shadow roots), one string per line as laid out now. */
export function lineTexts(root: Node): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lines: { top: number; text: string }[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    for (let index = 0; index < node.textContent!.length; index += 1) {
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const rect = [...range.getClientRects()].find((box) => box.width > 0);
      const line = lines.at(-1);
      // A character without a box of its own (a zero-width space, a collapsed space) stays on the line it follows.
      if (line !== undefined && (rect === undefined || rect.top < line.top + rect.height / 2)) line.text += node.textContent![index];
      else lines.push({ top: rect?.top ?? 0, text: node.textContent![index]! });
    }
  }
  return lines.map((line) => line.text);
}

/** The element's text with " / " where it wraps, for a readable failure: "… auf / Instagram". */
export function wrappedText(root: Node): string {
  return lineTexts(root)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join(' / ');
}
