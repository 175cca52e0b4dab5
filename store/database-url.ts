/**
 * `url` safe to print: the password (in the userinfo or a `password` parameter) replaced
 * by `***`. `postgres://vos:s3cret@db:5432/vos` → `postgres://vos:***@db:5432/vos`.
 */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    if (parsed.searchParams.has('password')) parsed.searchParams.set('password', '***');
    return parsed.toString();
  } catch {
    return '(an unparseable URL)';
  }
}
