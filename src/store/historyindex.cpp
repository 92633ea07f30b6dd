#include "historyindex.h"

#include "folderlisting.h"

#include "tightside/core/answers.h"
#include "tightside/core/progress.h"
#include "tightside/core/region.h"
#include "tightside/core/session.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fcntl.h>

namespace tightside::store::detail {
namespace {

constexpr std::string_view kKind = "tightside.history-index";
// 2: entries gained the activities; 3: a check stopped by a red flag. An older index is rebuilt
// once.
constexpr int kSchema = 3;

// Entry layout: [name, size, mtime_ns, ctime_ns, inode, id, started, pain_before, pain_after,
// planned, completed, stopped_pain, before, after, notes, activities, stopped]; before/after
// hold one [left, right] or null per group in the order of "groups"; activities one
// [name, score] per activity; stopped is null or [urgency, [flag, ...]].
constexpr std::size_t kFields = 17;
// Measured angles live beside the entries, in "measures": {"<id>": {"<group>": {"test", "left",
// "right"}}}, only for sessions that have any; an older index has none, and could list no
// session with measures (it refused them), so it needs no rebuild.
constexpr std::string_view kMeasures = "measures";

nlohmann::json stopJson(const std::optional<core::Stop>& stop)
{
    if (!stop) {
        return nullptr;
    }
    return nlohmann::json::array({core::urgencyId(stop->urgency), stop->flags});
}

bool parseStop(const nlohmann::json& value, std::optional<core::Stop>& out)
{
    if (value.is_null()) {
        return true;
    }
    if (!value.is_array() || value.size() != 2 || !value[0].is_string() || !value[1].is_array()) {
        return false;
    }
    const auto urgency = core::urgencyFromId(value[0].get<std::string>());
    if (!urgency) {
        return false;
    }
    core::Stop stop;
    stop.urgency = *urgency;
    for (const nlohmann::json& flag : value[1]) {
        if (!flag.is_string()) {
            return false;
        }
        stop.flags.push_back(flag.get<std::string>());
    }
    out = std::move(stop);
    return true;
}

nlohmann::json groupIds()
{
    nlohmann::json ids = nlohmann::json::array();
    for (std::size_t g = 0; g < core::kGroupCount; ++g) {
        ids.push_back(std::string(core::regionId(static_cast<core::Region>(g))));
    }
    return ids;
}

nlohmann::json ratingsJson(const std::array<std::optional<core::Rating>, core::kGroupCount>& r)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& rating : r) {
        out.push_back(rating ? nlohmann::json::array({rating->left, rating->right})
                             : nlohmann::json());
    }
    return out;
}

std::optional<int> smallInt(const nlohmann::json& value, int low, int high)
{
    if (!value.is_number_integer()) {
        return std::nullopt;
    }
    const auto number = value.get<std::int64_t>();
    if (number < low || number > high) {
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<std::int64_t> bigInt(const nlohmann::json& value)
{
    if (!value.is_number_integer()) {
        return std::nullopt;
    }
    return value.get<std::int64_t>();
}

bool parseRatings(const nlohmann::json& value,
                  std::array<std::optional<core::Rating>, core::kGroupCount>& out)
{
    if (!value.is_array() || value.size() != core::kGroupCount) {
        return false;
    }
    for (std::size_t g = 0; g < core::kGroupCount; ++g) {
        const nlohmann::json& item = value[g];
        if (item.is_null()) {
            continue;
        }
        if (!item.is_array() || item.size() != 2) {
            return false;
        }
        const auto left = smallInt(item[0], core::kMinRating, core::kMaxRating);
        const auto right = smallInt(item[1], core::kMinRating, core::kMaxRating);
        if (!left || !right) {
            return false;
        }
        out.at(g) = core::Rating{*left, *right};
    }
    return true;
}

nlohmann::json activitiesJson(const std::vector<core::Activity>& activities)
{
    nlohmann::json out = nlohmann::json::array();
    for (const core::Activity& activity : activities) {
        out.push_back(nlohmann::json::array({activity.name, activity.score}));
    }
    return out;
}

/// The activities as a session file would hold them, so the core's rules check them.
bool parseActivities(const nlohmann::json& value, std::vector<core::Activity>& out)
{
    if (!value.is_array()) {
        return false;
    }
    for (const nlohmann::json& item : value) {
        if (!item.is_array() || item.size() != 2 || !item[0].is_string()) {
            return false;
        }
        const auto score = smallInt(item[1], core::kMinActivityScore, core::kMaxActivityScore);
        if (!score) {
            return false;
        }
        out.push_back({item[0].get<std::string>(), *score});
    }
    return core::activityProblems(out).empty();
}

/// One session's measures as toJson(GroupMeasures) writes them; false on anything else.
bool parseMeasures(const nlohmann::json& value, core::GroupMeasures& out)
{
    if (!value.is_object()) {
        return false;
    }
    for (const auto& item : value.items()) {
        const auto region = core::regionFromId(item.key());
        const nlohmann::json& entry = item.value();
        if (!region || !core::isGroup(*region) || !entry.is_object() || !entry.contains("test") ||
            !entry["test"].is_string()) {
            return false;
        }
        core::GroupMeasure measure;
        measure.test = entry["test"].get<std::string>();
        for (const auto& [key, side] : entry.items()) {
            if (key == "test") {
                continue;
            }
            if ((key != "left" && key != "right") || !side.is_number() ||
                !core::isStoredAngle(side.get<double>())) {
                return false;
            }
            (key == "left" ? measure.left : measure.right) = side.get<double>();
        }
        out.at(core::indexOf(*region)) = std::move(measure);
    }
    return true;
}

std::optional<IndexEntry> parseEntry(const nlohmann::json& item, const QString& sessionsDir)
{
    if (!item.is_array() || item.size() != kFields || !item[0].is_string() ||
        !item[5].is_string() || !item[6].is_string() || !item[14].is_string()) {
        return std::nullopt;
    }
    IndexEntry entry;
    const auto& name = item[0].get_ref<const std::string&>();
    const auto& id = item[5].get_ref<const std::string&>();
    // Only a name made from a valid id may become a path: the index cannot point elsewhere.
    if (!core::isValidSessionId(id) || name != id + ".json") {
        return std::nullopt;
    }
    const auto size = bigInt(item[1]);
    const auto mtime = bigInt(item[2]);
    const auto ctime = bigInt(item[3]);
    if (!size || !mtime || !ctime || !item[4].is_number_unsigned()) {
        return std::nullopt;
    }
    entry.stamp = {*size, *mtime, *ctime, item[4].get<std::uint64_t>()};
    entry.name = QString::fromStdString(name);
    SessionSummary& s = entry.summary;
    s.id = id;
    s.started = item[6].get<std::string>();
    if (!core::isValidIsoUtc(s.started)) {
        return std::nullopt;
    }
    const auto painBefore = smallInt(item[7], 0, 10);
    const auto planned = smallInt(item[9], 0, 10000);
    const auto completed = smallInt(item[10], 0, 10000);
    const auto stopped = smallInt(item[11], 0, 10000);
    if (!painBefore || !planned || !completed || !stopped) {
        return std::nullopt;
    }
    s.painBefore = *painBefore;
    s.planned = *planned;
    s.completed = *completed;
    s.stoppedPain = *stopped;
    if (!item[8].is_null()) {
        const auto painAfter = smallInt(item[8], 0, 10);
        if (!painAfter) {
            return std::nullopt;
        }
        s.painAfter = painAfter;
    }
    if (!parseRatings(item[12], s.before) || !parseRatings(item[13], s.after)) {
        return std::nullopt;
    }
    s.notes = item[14].get<std::string>();
    if (s.notes.size() > kSummaryNotesBytes || !parseActivities(item[15], s.activities) ||
        !parseStop(item[16], s.stopped)) {
        return std::nullopt;
    }
    s.path = sessionsDir + QLatin1Char('/') + entry.name;
    return entry;
}

/// The index is ours, but it may be damaged like any file: far larger than 10,000 sessions
/// need means it is not read at all.
constexpr qint64 kMaxIndexBytes = qint64{64} * 1024 * 1024;

/// The first `limit` bytes of `text`, never cutting a UTF-8 sequence in two.
std::string utf8Prefix(const std::string& text, std::size_t limit)
{
    if (text.size() <= limit) {
        return text;
    }
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
        --end;
    }
    return text.substr(0, end);
}

} // namespace

std::string protocolKey(const core::Protocol& protocol)
{
    return protocol.id + "@" + protocol.version + "/" + std::to_string(protocol.threshold);
}

std::optional<std::vector<IndexEntry>>
parseIndex(std::string_view text, std::string_view protocolKey, const QString& sessionsDir)
{
    const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
    if (!root.is_object()) {
        return std::nullopt;
    }
    const auto kind = root.find("kind");
    const auto schema = root.find("schema");
    const auto protocol = root.find("protocol");
    const auto groups = root.find("groups");
    const auto entries = root.find("entries");
    if (kind == root.end() || *kind != kKind || schema == root.end() || *schema != kSchema ||
        protocol == root.end() || !protocol->is_string() ||
        protocol->get_ref<const std::string&>() != protocolKey || groups == root.end() ||
        *groups != groupIds() || entries == root.end() || !entries->is_array()) {
        return std::nullopt;
    }
    const auto measures = root.find(kMeasures);
    if (measures != root.end() && !measures->is_object()) {
        return std::nullopt;
    }
    std::vector<IndexEntry> out;
    out.reserve(entries->size());
    for (const nlohmann::json& item : *entries) {
        auto entry = parseEntry(item, sessionsDir);
        if (!entry) {
            return std::nullopt;
        }
        if (measures != root.end()) {
            const auto found = measures->find(entry->summary.id);
            if (found != measures->end() && !parseMeasures(*found, entry->summary.measures)) {
                return std::nullopt;
            }
        }
        out.push_back(std::move(*entry));
    }
    return out;
}

std::string serialiseIndex(const std::vector<IndexEntry>& entries, std::string_view protocolKey)
{
    nlohmann::json list = nlohmann::json::array();
    nlohmann::json measures = nlohmann::json::object();
    for (const IndexEntry& entry : entries) {
        const SessionSummary& s = entry.summary;
        if (!core::isEmpty(s.measures)) {
            measures[s.id] = core::toJson(s.measures);
        }
        list.push_back(nlohmann::json::array(
            {entry.name.toStdString(), entry.stamp.size, entry.stamp.mtimeNs, entry.stamp.ctimeNs,
             entry.stamp.inode, s.id, s.started, s.painBefore,
             s.painAfter ? nlohmann::json(*s.painAfter) : nlohmann::json(), s.planned, s.completed,
             s.stoppedPain, ratingsJson(s.before), ratingsJson(s.after), s.notes,
             activitiesJson(s.activities), stopJson(s.stopped)}));
    }
    nlohmann::json root = {{"kind", kKind},
                           {"schema", kSchema},
                           {"protocol", protocolKey},
                           {"groups", groupIds()},
                           {"entries", std::move(list)}};
    if (!measures.empty()) {
        root[std::string(kMeasures)] = std::move(measures);
    }
    return root.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Result<SummaryListing> readSummaries(const StoreFolders& folders, const SessionReader& reader,
                                     const core::Protocol& protocol, const WriteSeam& seam,
                                     const std::function<void(std::size_t, std::size_t)>& progress,
                                     const std::vector<StoredSession>& known)
{
    using Out = Result<SummaryListing>;
    const QString folder = folders.sessionsDir();
    const auto ready = folders.prepareRead(folder);
    if (!ready) {
        return Out::failure(ready.error());
    }
    SummaryListing listing;
    listing.indexRebuilt = true;
    if (!ready.value()) {
        return Out::success(std::move(listing));
    }
    int error = 0;
    const auto files = listFolder(folder, error);
    if (!files) {
        return Out::failure(
            QStringLiteral("could not read the folder %1: %2").arg(folder, systemError(error)));
    }

    const std::string key = protocolKey(protocol);
    QHash<QString, IndexEntry> cached;
    {
        // A link or a FIFO at index.json is never followed or waited on: the index is rebuilt.
        const ReadResult read =
            readRegularFile(AT_FDCWD, QFile::encodeName(folders.indexPath()), kMaxIndexBytes);
        if (read.ok()) {
            if (auto entries =
                    parseIndex(std::string_view(read.bytes.constData(),
                                                static_cast<std::size_t>(read.bytes.size())),
                               key, folder)) {
                listing.indexRebuilt = false;
                cached.reserve(static_cast<qsizetype>(entries->size()));
                for (IndexEntry& entry : *entries) {
                    const QString name = entry.name;
                    cached.insert(name, entry);
                }
            }
        }
    }

    std::vector<IndexEntry> fresh;
    fresh.reserve(files->size());
    bool changed = listing.indexRebuilt;
    const std::size_t total = files->size();
    std::size_t done = 0;
    for (const ListedFile& file : *files) {
        ++done;
        const auto hit = cached.find(file.name);
        if (hit != cached.end() && hit->stamp == file.stamp && file.stamp.inode != 0) {
            fresh.push_back(std::move(*hit));
            cached.erase(hit);
            continue;
        }
        changed = true;
        const auto same = std::find_if(known.begin(), known.end(), [&file](const StoredSession& k) {
            return file.stamp.inode != 0 && k.stamp == file.stamp &&
                   QFileInfo(k.path).fileName() == file.name;
        });
        if (same != known.end()) {
            fresh.push_back({file.name, file.stamp, summarise(same->session, same->path)});
            continue;
        }
        // The stamp is taken before the read: a file changed in between looks stale next time
        // and is read again, never trusted with another file's summary.
        ++listing.filesRead;
        if (auto stored = reader.read(folder, file.raw, listing.quarantined)) {
            fresh.push_back({file.name, file.stamp, summarise(stored->session, stored->path)});
        }
        if (progress && listing.filesRead % 256 == 0) {
            progress(done, total);
        }
    }
    // Entries left over name files that are gone (quarantined or removed by a sync tool).
    changed = changed || !cached.isEmpty();
    if (changed) {
        const std::string text = serialiseIndex(fresh, key);
        // A cache that cannot be written (a read-only data folder, something not a regular
        // file at index.json) is rebuilt next time: not an error the user needs to see.
        (void)writeFileAtomically(folders.indexPath(),
                                  QByteArrayView(text.data(), static_cast<qsizetype>(text.size())),
                                  seam);
    }
    listing.sessions.reserve(fresh.size());
    for (IndexEntry& entry : fresh) {
        listing.sessions.push_back(std::move(entry.summary));
    }
    if (progress) {
        progress(total, total);
    }
    return Out::success(std::move(listing));
}

} // namespace tightside::store::detail

namespace tightside::store {

SessionSummary summarise(const core::Session& session, const QString& path)
{
    SessionSummary s;
    s.id = session.id;
    s.started = session.started;
    s.painBefore = session.answers.painNow;
    s.painAfter = session.painAfter;
    s.planned = static_cast<int>(session.plan.steps.size());
    const core::OutcomeCounts counts = core::countOutcomes(session.done);
    s.completed = counts.completed;
    s.stoppedPain = counts.stoppedPain;
    s.before = session.answers.ratings;
    s.after = session.recheck;
    s.notes = detail::utf8Prefix(session.notes, kSummaryNotesBytes);
    s.activities = session.activities;
    s.measures = session.answers.measures;
    s.stopped = session.stopped;
    s.path = path;
    return s;
}

} // namespace tightside::store
