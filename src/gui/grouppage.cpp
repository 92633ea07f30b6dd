#include "grouppage.h"

#include "bodymap.h"
#include "contrast.h"
#include "framedgroup.h"
#include "layouthelpers.h"
#include "measuremodel.h"
#include "measurepage.h"
#include "measuresides.h"
#include "ratinginput.h"
#include "style.h"
#include "svgview.h"
#include "texts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "tightside/core/gap.h"
#include "tightside/gui/services.h"
#include "tightside/text/planwords.h"

namespace tightside::gui {

GroupPage::GroupPage(const core::Protocol& protocol, const core::Group& group, Services& services,
                     QWidget* parent)
    : QScrollArea(parent), m_protocol(protocol), m_group(group),
      m_name(groupName(protocol, group.region))
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    //: A group page's title: the group's name and where it is, e.g. "Quadriceps (front of the
    //: thigh)".
    QString title = tr("%1 (%2)").arg(capitalised(m_name), qs(group.where));
    if (group.optional) {
        title = tr("%1: optional").arg(title);
    }
    makeScrolling(this, page, title);
    layout->addWidget(heading(title, page));

    auto* row = new QHBoxLayout;
    auto* testText = new QLabel(page);
    testText->setObjectName(QStringLiteral("selfTestSteps"));
    testText->setWordWrap(true);
    testText->setTextFormat(Qt::RichText);
    testText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QString html = QStringLiteral("<b>%1</b>")
                       .arg(tr("Self-test: %1").arg(qs(group.selfTest.name)).toHtmlEscaped());
    html += numberedList(group.selfTest.steps);
    if (!group.selfTest.notice.empty()) {
        html += QStringLiteral("<b>%1</b>").arg(tr("What to compare")) +
                bulletList(group.selfTest.notice);
    }
    testText->setText(html);
    row->addWidget(testText, 3);

    auto* side = new QVBoxLayout;
    auto* pictures = new QHBoxLayout;
    auto* picture = new SvgView(page);
    picture->setObjectName(QStringLiteral("selfTestPicture"));
    const QString testName = qs(group.selfTest.name).toLower();
    picture->setSvg(pictureData(qs(group.selfTest.picture)), false,
                    tr("Picture of the %1 coming soon.").arg(testName));
    picture->setAccessibleName(tr("Picture: %1").arg(qs(group.selfTest.name)));
    // The test's name often ends in "test" already ("bed-edge hip test"): never add another.
    picture->setAccessibleDescription(tr("A drawing of this self-test (%1), done on the left "
                                         "side. For the right side, do the same as in a mirror.")
                                          .arg(testName));
    picture->setMinimumSize(200, 140);
    pictures->addWidget(picture, 3);

    // The body map says where, the picture says how: both sides of the group are marked until
    // the ratings show a real gap, then the tighter side is lit.
    m_map = new SvgView(page);
    m_map->setObjectName(QStringLiteral("selfTestBodyMap"));
    m_map->setMinimumSize(80, 150);
    pictures->addWidget(m_map, 1);
    side->addLayout(pictures, 1);
    side->addWidget(makeLabel(tr("The drawing shows the left side; do the right side the same "
                                 "way."),
                              page, QStringLiteral("selfTestCaption")));
    m_mapCaption = makeLabel(QString(), page, QStringLiteral("selfTestMapCaption"));
    side->addWidget(m_mapCaption);
    if (!group.selfTest.stopSigns.empty()) {
        // A card in the safety tone with its title inside it (docs/design.md): the badge and
        // the card paint in the palette in use, light, dark or high contrast.
        auto* box = new style::Card(page, style::Tone::Safety);
        box->setObjectName(QStringLiteral("nerveSigns"));
        box->setAccessibleName(tr("STOP: nerve signs"));
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(style::space::m, style::space::m, style::space::m,
                                      style::space::m);
        boxLayout->setSpacing(style::space::xs);
        auto* stopTitle = new style::Badge(box, style::Tone::Safety);
        stopTitle->setObjectName(QStringLiteral("nerveSignsTitle"));
        stopTitle->setText(tr("STOP: nerve signs"));
        boxLayout->addWidget(stopTitle, 0, Qt::AlignLeft);
        auto* signs = new QLabel(box);
        signs->setWordWrap(true);
        signs->setTextFormat(Qt::RichText);
        signs->setObjectName(QStringLiteral("nerveSignsList"));
        // No accessible name of its own: a name would replace the signs, and a screen reader
        // would hear only that name. The box's title says what they are.
        signs->setText(bulletList(group.selfTest.stopSigns));
        box->setAccessibleDescription(tr("Stop the test if you notice any of these."));
        boxLayout->addWidget(signs);
        side->addWidget(box);
    }
    row->addLayout(side, 2);
    layout->addLayout(row, 1);

    m_done = new QCheckBox(tr("I did the optional %1 test today").arg(m_name), page);
    m_done->setObjectName(QStringLiteral("optionalDone"));
    m_done->setAccessibleDescription(
        tr("Tick to rate both sides. Leave empty to skip this test today."));
    m_done->setVisible(group.optional);
    m_done->setChecked(!group.optional);
    layout->addWidget(m_done);

    //: What a pair of ratings rates, for screen readers: "quadriceps tightness".
    m_pair = new RatingPair(tr("%1 tightness").arg(m_name), protocol.threshold, page);
    m_pair->setObjectName(QStringLiteral("ratingPair"));
    m_pair->setEnabled(!group.optional);
    m_pair->setUnanswered();
    layout->addWidget(m_pair);
    if (group.measure) {
        // Measuring from a photo (issue 23): optional, beside the ratings, never instead.
        auto* box = new FramedGroup(tr("Measure from a photo (optional)"), page);
        box->setObjectName(QStringLiteral("measureBox"));
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(makeLabel(tr("A photo of the test position gives an angle in "
                                          "degrees for each side: a measure beside your "
                                          "feeling. Your ratings still decide the plan."),
                                       box));
        m_sides = new MeasureSides(*group.measure, m_name, services, box);
        m_sides->setButtonsEnabled(!group.optional);
        connect(m_done, &QCheckBox::toggled, m_sides, &MeasureSides::setButtonsEnabled);
        connect(m_sides, &MeasureSides::changed, this, &GroupPage::updateMeasured);
        boxLayout->addWidget(m_sides);
        m_measured = makeLabel(QString(), box, QStringLiteral("measuredGap"));
        boxLayout->addWidget(m_measured);
        layout->addWidget(box);
        connect(m_pair, &RatingPair::ratingChanged, this, &GroupPage::updateMeasured);
        connect(m_pair, &RatingPair::answeredChanged, this, &GroupPage::updateMeasured);
        updateMeasured();
    }
    connect(m_done, &QCheckBox::toggled, m_pair, &QWidget::setEnabled);
    connect(m_done, &QCheckBox::toggled, this, &GroupPage::answeredChanged);
    connect(m_pair, &RatingPair::answeredChanged, this, &GroupPage::answeredChanged);
    updateMap();
    connect(m_pair, &RatingPair::ratingChanged, this, &GroupPage::updateMap);
    setObjectName(QStringLiteral("pageGroup_") + qs(core::regionId(group.region)));
}

std::optional<core::Rating> GroupPage::rating() const
{
    if (!m_done->isChecked()) {
        return std::nullopt;
    }
    return m_pair->rating();
}

bool GroupPage::answered() const
{
    return !m_done->isChecked() || m_pair->answered();
}

void GroupPage::focusInput()
{
    if (m_pair->isEnabled()) {
        m_pair->setFocus();
    } else {
        m_done->setFocus();
    }
}

void GroupPage::updateMap()
{
    // Lit only where the plan would release: the tighter side of a gap that counts, once both
    // sides are rated.
    const std::optional<core::Side> tighter =
        m_pair->answered() ? core::readGap(m_pair->rating(), m_protocol.threshold).released()
                           : std::nullopt;
    showBodyMap(m_map, m_group.region, tighter, m_name);
    const bool back = onBackView(m_group.region);
    QString caption = tighter ? tr("Lit: the tighter side, %1 %2.").arg(sideWord(*tighter), m_name)
                              : tr("Marked: %1 on both sides.").arg(m_name);
    caption = tr("%1 %2", "caption, then which side is which").arg(caption, viewSideHint(back));
    if (back) {
        caption = tr("%1 %2", "caption, then what the hatching means").arg(caption, neverMapLine());
    }
    m_mapCaption->setText(caption);
}

std::optional<core::GroupMeasure> GroupPage::measure() const
{
    if (m_sides == nullptr || !m_done->isChecked()) {
        return std::nullopt;
    }
    return m_sides->measure();
}

std::map<core::Side, std::vector<core::PhotoPoint>> GroupPage::measurePoints() const
{
    std::map<core::Side, std::vector<core::PhotoPoint>> out;
    if (!measure()) {
        return out;
    }
    for (const core::Side side : {core::Side::Left, core::Side::Right}) {
        if (auto points = m_sides->points(side); !points.empty()) {
            out[side] = std::move(points);
        }
    }
    return out;
}

QImage GroupPage::measurePhoto(core::Side side) const
{
    return m_sides != nullptr ? m_sides->photo(side) : QImage();
}

MeasureDialog* GroupPage::openMeasure(core::Side side)
{
    return m_sides != nullptr ? m_sides->openMeasure(side) : nullptr;
}

void GroupPage::updateMeasured()
{
    if (m_measured == nullptr) {
        return;
    }
    const auto both = measure();
    const std::optional<core::Side> ratingsTighter =
        m_pair->answered() ? core::readGap(m_pair->rating(), m_protocol.threshold).released()
                           : std::nullopt;
    const auto gap =
        both ? core::compareMeasured(*m_group.measure, *both, ratingsTighter) : std::nullopt;
    if (!gap) {
        m_measured->setText(tr("Measure both sides, set up the same way, to compare them."));
        return;
    }
    QString text = text::measuredText(*gap);
    if (m_pair->answered() && gap->agrees && core::measureDisagrees(*gap, ratingsTighter)) {
        // The ratings call the group balanced, the photos find a real gap: the plan's notice.
        core::Notice notice;
        notice.kind = core::NoticeKind::MeasureDisagrees;
        notice.groups = {m_group.region};
        text = tr("%1 %2", "the measured gap, then the notice")
                   .arg(text, text::noticeText(notice, m_protocol));
    }
    m_measured->setText(text);
}

} // namespace tightside::gui
