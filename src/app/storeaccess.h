#pragma once

// The store as the commands open it, shared by storecommands.cpp and coursecommands.cpp.

#include "cli.h"

#include "tightside/store/sessionstore.h"

#include <optional>
#include <vector>

namespace tightside::app {

/// The store for --data-dir / $TIGHTSIDE_DATA_DIR / the platform folder; nullopt after
/// printing why.
std::optional<store::SessionStore> openStore(const Arguments& arguments, Io& io);

/// Names each quarantined file on stderr with the first line of its reason.
void reportQuarantined(Io& io, const std::vector<store::Quarantined>& quarantined);

} // namespace tightside::app
