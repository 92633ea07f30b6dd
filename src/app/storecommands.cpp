// `import`, `history` and `export`: the session store from the outside.

#include "cli.h"

namespace tightside::app {

std::vector<Command> storeCommands()
{
    return {};
}

} // namespace tightside::app
