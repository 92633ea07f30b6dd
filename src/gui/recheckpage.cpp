#include "recheckpage.h"

#include "bodymap.h"
#include "checksession.h"
#include "framedgroup.h"
#include "layouthelpers.h"
#include "measuremodel.h"
#include "measuresides.h"
#include "ratinginput.h"
#include "svgview.h"
#include "texts.h"

#include "tightside/core/progress.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace tightside::gui {

RecheckPage::RecheckPage(const core::Protocol& protocol, Services& services, QWidget* parent)
    : QScrollArea(parent), m_protocol(protocol), m_services(services)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    const QString title = tr("Check both sides again");
    layout->addWidget(heading(title, content));
    makeScrolling(this, content, title);
    layout->addWidget(makeLabel(tr("Do the same self-tests as before on both sides of each group "
                                   "you released, and rate them again. Your first answers are "
                                   "shown above each pair."),
                                content));
    m_groups = new QWidget(content);
    m_groups->setObjectName(QStringLiteral("recheckGroups"));
    new QVBoxLayout(m_groups);
    layout->addWidget(m_groups);
    // Each question is made before its input, so a screen reader reads it first, as on screen.
    layout->addWidget(makeLabel(tr("How much does your back hurt now?"), content));
    m_painBefore = makeLabel(QString(), content, QStringLiteral("painBefore"));
    layout->addWidget(m_painBefore);
    m_painAfter = new RatingInput(tr("PAIN NOW"),
                                  tr("Back pain after the routine, 0 none to 10 extreme"), content);
    m_painAfter->setObjectName(QStringLiteral("painAfter"));
    // Tab reaches the pain's slider after the groups (prepare()); the input around it must not
    // hand focus on to it from its own, earlier place in the focus chain.
    m_painAfter->setFocusProxy(nullptr);
    connect(m_painAfter, &RatingInput::answeredChanged, this, &RecheckPage::answeredChanged);
    layout->addWidget(m_painAfter);
    layout->addWidget(makeLabel(tr("Notes (optional, stay on this computer):"), content));
    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setAccessibleDescription(
        tr("Optional. Your notes stay on this computer. Tab moves on."));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    layout->addWidget(m_notes);
    layout->addStretch();
    setObjectName(QStringLiteral("pageRecheck"));
}

void RecheckPage::prepare(const CheckSession& session)
{
    auto* layout = m_groups->layout();
    for (QWidget* frame : m_frames) {
        layout->removeWidget(frame);
        delete frame;
    }
    m_frames.clear();
    m_pairs.clear();
    m_sides.clear();
    const std::vector<core::Region> groups = core::recheckGroups(session.session());
    if (groups.empty()) {
        auto* label = makeLabel(
            tr("Nothing was released today, so there is nothing to check again."), m_groups);
        layout->addWidget(label);
        m_frames.push_back(label);
    }
    const core::Answers& answers = session.session().answers;
    const std::vector<core::Region> remeasure = core::remeasureGroups(session.session());
    for (core::Region region : groups) {
        const QString name = groupName(m_protocol, region);
        auto* frame = new FramedGroup(capitalised(name), m_groups);
        frame->setObjectName(QStringLiteral("recheck_") + qs(core::regionId(region)));
        auto* frameRow = new QHBoxLayout(frame);
        // A small body map with the side that was released lit (both sides marked when
        // nothing of the group was done), so the page says where at a glance.
        auto* map = new SvgView(frame);
        map->setObjectName(QStringLiteral("recheckBodyMap"));
        map->setMinimumSize(70, 130);
        map->setMaximumSize(100, 180);
        showBodyMap(map, region, core::releasedSide(session.session(), region), name);
        frameRow->addWidget(map);
        auto* frameLayout = new QVBoxLayout;
        frameRow->addLayout(frameLayout, 1);
        const auto& before = answers.rating(region);
        if (before) {
            frameLayout->addWidget(makeLabel(
                tr("Before: left %1, right %2.").arg(before->left).arg(before->right), frame));
        }
        auto* pair =
            new RatingPair(tr("%1 tightness after").arg(name), m_protocol.threshold, frame);
        pair->setObjectName(QStringLiteral("recheckPair"));
        pair->setUnanswered();
        connect(pair, &RatingPair::answeredChanged, this, &RecheckPage::answeredChanged);
        frameLayout->addWidget(pair);
        const core::MeasureTest* test = m_protocol.measure(region);
        if (test != nullptr &&
            std::find(remeasure.begin(), remeasure.end(), region) != remeasure.end()) {
            // Measured from photos at the start: offered again, the same way (issue 23).
            const core::GroupMeasure& first = *answers.measure(region);
            const QString left = first.left ? degreesText(*first.left) : tr("not measured");
            const QString right = first.right ? degreesText(*first.right) : tr("not measured");
            //: The angles measured before the routine: "Measured before: left 123.4°, right
            //: not measured."
            frameLayout->addWidget(makeLabel(
                tr("Measured before: left %1, right %2. Measure again from a photo, set up the "
                   "same way (optional).")
                    .arg(left, right),
                frame, QStringLiteral("recheckMeasuredBefore")));
            auto* sides = new MeasureSides(*test, name, m_services, frame);
            sides->setObjectName(QStringLiteral("recheckMeasure"));
            frameLayout->addWidget(sides);
            m_sides.emplace_back(region, sides);
        }
        layout->addWidget(frame);
        m_frames.push_back(frame);
        m_pairs.emplace_back(region, pair);
    }
    m_painAfter->setUnanswered();
    m_painBefore->setText(tr("Before the routine: %1 out of 10.").arg(answers.painNow));
    // The groups are added after the page was built, so their sliders come last in the focus
    // chain (after the notes). Tab goes as the page reads: the groups' sliders in the order
    // they are shown, then the pain and the notes after them, so the first control of the page
    // (where focus lands) is the first group's rating, not the pain further down.
    // (QWidget::setTabOrder ignores a widget that takes no focus, such as m_groups.)
    std::vector<QWidget*> order;
    for (const auto& [region, pair] : m_pairs) {
        order.push_back(pair->left()->slider());
        order.push_back(pair->right()->slider());
        if (MeasureSides* sides = measureSides(region)) {
            order.push_back(sides->findChild<QWidget*>(QStringLiteral("measureLeft")));
            order.push_back(sides->findChild<QWidget*>(QStringLiteral("measureRight")));
        }
    }
    order.push_back(m_painAfter->slider());
    order.push_back(m_notes);
    for (std::size_t i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order[i - 1], order[i]);
    }
}

std::vector<std::pair<core::Region, core::Rating>> RecheckPage::recheck() const
{
    std::vector<std::pair<core::Region, core::Rating>> ratings;
    for (const auto& [region, pair] : m_pairs) {
        ratings.emplace_back(region, pair->rating());
    }
    return ratings;
}

int RecheckPage::painAfter() const
{
    return m_painAfter->value();
}

bool RecheckPage::answered() const
{
    return m_painAfter->answered() &&
           std::all_of(m_pairs.begin(), m_pairs.end(),
                       [](const auto& entry) { return entry.second->answered(); });
}

QString RecheckPage::notes() const
{
    return m_notes->toPlainText();
}

core::GroupMeasures RecheckPage::measuresAfter() const
{
    core::GroupMeasures out{};
    for (const auto& [region, sides] : m_sides) {
        out.at(core::indexOf(region)) = sides->measure();
    }
    return out;
}

MeasureSides* RecheckPage::measureSides(core::Region group) const
{
    for (const auto& [region, sides] : m_sides) {
        if (region == group) {
            return sides;
        }
    }
    return nullptr;
}

} // namespace tightside::gui
