import path from 'node:path';
import { URL_SCHEME_ALLOWLIST } from './allowlists.ts';
import type { SafetyRuleId } from './rules.ts';

/** Why a URL is refused. */
export interface UrlVerdict {
  readonly rule: Extract<SafetyRuleId, 'unsafe-url' | 'path-escape'>;
  /** The URL as printed, shortened to one line. */
  readonly shown: string;
  /** A clause that starts with “which”, saying why. */
  readonly reason: string;
}

/** Schemes that run code or smuggle a whole document into the page. */
const CODE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/**
 * The scheme a browser would see, lowercased, or undefined for a relative URL.
 * Browsers drop tabs and newlines anywhere in a URL and ignore leading control
 * characters and spaces, so `\tjava\nscript:` is `javascript:`; every such
 * character (and invisible Unicode spacing) is removed before looking.
 * Character references (`java&#115;cript:`) are decoded by the MDX parser already.
 */
export function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact(url))?.[1]?.toLowerCase();
}

/** The URL without the characters browsers ignore (see `schemeOf`). */
function compact(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g, '');
}

/** Refuses a URL that runs code (`javascript:`, `vbscript:`, `data:`); used for every attribute value. */
export function judgeScheme(url: string): UrlVerdict | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || !CODE_SCHEMES.has(scheme)) return undefined;
  const reason = scheme === 'data' ? 'which can carry a script or a whole page' : 'which runs code in the reader’s browser';
  return { rule: 'unsafe-url', shown: shorten(url), reason };
}

/**
 * Refuses a link or image destination that runs code, uses a scheme outside the
 * allowlist, or points outside content/. `fromFolder` is the folder of the file the
 * link is written in, relative to content/ (`recipes`), since relative paths start there.
 */
export function judgeUrl(url: string, fromFolder: string): UrlVerdict | undefined {
  const code = judgeScheme(url);
  if (code) return code;
  const scheme = schemeOf(url);
  if (scheme === 'file') return { rule: 'path-escape', shown: shorten(url), reason: 'which reaches into the computer’s own files' };
  if (scheme !== undefined) {
    return URL_SCHEME_ALLOWLIST.includes(scheme) ? undefined : { rule: 'unsafe-url', shown: shorten(url), reason: `which uses the \`${scheme}:\` scheme` };
  }
  const bare = compact(url);
  if (bare === '' || bare.startsWith('#') || bare.startsWith('?')) return undefined;
  const target = decodePath(bare.split(/[?#]/)[0] ?? '').replace(/\\/g, '/');
  if (target.startsWith('/') || /^[a-z]:/i.test(target)) {
    return { rule: 'path-escape', shown: shorten(url), reason: 'which is an absolute path, outside content/' };
  }
  const resolved = path.posix.normalize(path.posix.join(fromFolder, target));
  if (resolved === '..' || resolved.startsWith('../')) {
    return { rule: 'path-escape', shown: shorten(url), reason: 'which climbs out of content/ with `..`' };
  }
  return undefined;
}

/** Percent-decodes a path so `%2e%2e/` counts as `../`; a malformed escape is kept as written. */
function decodePath(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function shorten(text: string): string {
  const oneLine = JSON.stringify(text).slice(1, -1);
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
