// Linked only when the store is not built: the binary then offers the core commands alone.
#include "cli.h"

namespace tightside::app {

std::vector<Command> storeCommands()
{
    return {};
}

} // namespace tightside::app
