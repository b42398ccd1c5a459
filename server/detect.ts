// Is this text a notice? For .txt files: a notice title (…关于…整改…的通报/报告) among the
// first lines, or several heading markers of the notice kind together with 整改 wording.
import { readHead } from './files.js';

const TITLE = /(关于.{0,60}(整改|巡视|巡察).{0,30}(通报|报告))|((巡视|巡察).{0,20}整改.{0,12}(通报|报告))/;

export function looksLikeNotice(text: string): boolean {
  const head = text.slice(0, 4000).split(/\r\n|\r|\n/, 30);
  if (head.some((l) => l.length <= 120 && TITLE.test(l))) return true;
  const markers = head.filter((l) => /^[\s\u3000]*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/.test(l)).length;
  return markers >= 2 && /整改/.test(text.slice(0, 4000));
}

/** Whether a file is a notice: `.notice` files are; a `.txt` file by its first few KB only. */
export function fileLooksLikeNotice(file: string): boolean {
  return file.toLowerCase().endsWith('.notice') || looksLikeNotice(readHead(file));
}
