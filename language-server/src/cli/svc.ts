/**
 * The `svc` program. It turns on Node's compile cache first (the V8 code of the
 * command line is kept between runs, under the system's temp folder or
 * NODE_COMPILE_CACHE), since the cache applies only to modules loaded after that;
 * then it loads the command line. A cache that cannot be written is not used.
 */
import module from 'node:module';

module.enableCompileCache?.();
await import('./main.js');
