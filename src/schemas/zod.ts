// The one zod every schema uses. Its JIT (zod compiles fast parsers with new Function) is off: the
// site's Content-Security-Policy forbids eval-like code, and zod's probe for it would be reported as a
// violation in the browser (drafts are parsed on the annex pages). Parsing works the same, a little slower.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
