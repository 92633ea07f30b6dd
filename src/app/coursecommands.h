#pragma once

// The course from the store, for `history --course` and `plan --with-history`.

#include "cli.h"

#include "tightside/core/course.h"

#include <chrono>
#include <optional>
#include <string>

namespace tightside::store {
class SessionStore;
}

namespace tightside::app {

/// Prints `history --course` in `format` (json or text). 0, or 1 after printing why.
int printCourse(const store::SessionStore& sessions, const std::string& format, Io& io);

} // namespace tightside::app
