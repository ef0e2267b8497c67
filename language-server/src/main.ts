/**
 * The language server's entry (`out/language-server/main.cjs`). It turns on Node's compile
 * cache first (the server's V8 code is kept between starts, under the system's temp folder or
 * NODE_COMPILE_CACHE), since the cache applies only to modules loaded after that; then it loads
 * the server bundle and writes the cache at once, as an editor may end the server by a signal.
 * A cache that cannot be written is not used.
 */
import module from 'node:module';

module.enableCompileCache?.();
require('./server.cjs');
module.flushCompileCache?.();
