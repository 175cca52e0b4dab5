import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
//# sourceMappingURL=chunk-NF7LTFZX.js.map
