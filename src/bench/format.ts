/** How the benchmark writes its figures: kilobytes as browsers' network panels do (1 KB = 1,000 bytes). */

export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(1)} s`;
}
