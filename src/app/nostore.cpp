// Linked only when the store is not built: the binary then offers the core commands alone.
#include "cli.h"

#include <ostream>

namespace tightside::app {

std::vector<Command> storeCommands()
{
    return {};
}

std::optional<core::CourseContext> readCourseContext(const Arguments&, core::UtcTime, Io& io)
{
    io.err << "tightside: this build has no session store, so it cannot plan with the history\n";
    return std::nullopt;
}

} // namespace tightside::app
