/** The benchmark's ceiling pages (/bench-ceiling) exist only when `npm run bench` starts the server with BENCH_PAGES=1. */
export const isBenchPage = (pathname: string) => pathname === '/bench-ceiling' || pathname.startsWith('/bench-ceiling/');
export const benchPagesShown = (env: Record<string, string | undefined> = process.env) => env.BENCH_PAGES === '1';
