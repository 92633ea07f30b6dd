#include "tightside/store/recent.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include <dirent.h>

namespace tightside::store {
namespace {

bool isSessionName(std::string_view name)
{
    // Temporaries of other writers ("x.json.AbC123", ".x") are not session files yet.
    constexpr std::string_view suffix = ".json";
    return !name.empty() && name.front() != '.' && name.size() > suffix.size() &&
           name.substr(name.size() - suffix.size()) == suffix;
}

} // namespace

Result<void> forEachNewestFirst(const SessionStore& sessions, const std::string& startedBy,
                                const std::function<bool(const StoredSession&)>& visit,
                                const std::function<void(const QString&)>& skipped)
{
    const QString folder = sessions.sessionsDir();
    DIR* dir = ::opendir(QFile::encodeName(folder).constData());
    if (dir == nullptr) {
        if (errno == ENOENT) {
            return Result<void>::success(); // no history yet
        }
        return Result<void>::failure(
            QStringLiteral("could not read the folder %1: %2")
                .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    }
    // Names only, no stat per entry: 10,000 names cost about a millisecond.
    std::vector<std::string> names;
    for (const dirent* entry = ::readdir(dir); entry != nullptr; entry = ::readdir(dir)) {
        const std::string_view name(entry->d_name);
        if ((entry->d_type == DT_REG || entry->d_type == DT_UNKNOWN) && isSessionName(name) &&
            name.substr(0, startedBy.size()) <= startedBy) {
            names.emplace_back(name);
        }
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end(), std::greater<>());
    for (const std::string& name : names) {
        auto stored = sessions.read(folder + QLatin1Char('/') + QFile::decodeName(name.c_str()));
        if (!stored) {
            if (skipped) {
                skipped(stored.error());
            }
            continue;
        }
        if (!visit(stored.value())) {
            break;
        }
    }
    return Result<void>::success();
}

core::Course courseFromSummaries(const SessionStore& sessions,
                                 const std::vector<SessionSummary>& summaries,
                                 const UtcOffsetAt& offsetAt,
                                 const std::vector<StoredSession>& known)
{
    core::CourseBuilder builder(sessions.protocol());
    // The course needs a session's start, its pain, ratings and activities at the start and
    // after the re-check, and the latest session's deferred steps: all but the last are in the
    // summaries. A check stopped by a red flag only counts; the latest other session's file
    // gives the deferred steps.
    std::size_t latestRated = summaries.size();
    for (std::size_t i = summaries.size(); i-- > 0;) {
        if (!summaries[i].stopped) {
            latestRated = i;
            break;
        }
    }
    for (std::size_t i = 0; i < summaries.size(); ++i) {
        const SessionSummary& summary = summaries[i];
        core::Session session;
        if (i == latestRated) {
            const auto same =
                std::find_if(known.begin(), known.end(),
                             [&summary](const StoredSession& k) { return k.path == summary.path; });
            if (same != known.end()) {
                session = same->session;
            } else if (auto stored = sessions.read(summary.path)) {
                session = std::move(stored.value().session);
            }
        }
        session.started = summary.started;
        session.answers.painNow = summary.painBefore;
        session.answers.ratings = summary.before;
        session.recheck = summary.after;
        session.painAfter = summary.painAfter;
        session.activities = summary.activities;
        session.answers.measures = summary.measures;
        session.stopped = summary.stopped;
        builder.add(session);
    }
    const auto latest = builder.latestStart();
    return builder.course(latest ? offsetAt(*latest) : std::chrono::seconds{0});
}

} // namespace tightside::store
