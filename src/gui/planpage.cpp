#include "planpage.h"

#include "bodymap.h"
#include "layouthelpers.h"
#include "svgview.h"
#include "texts.h"

#include "tightside/core/gap.h"
#include "tightside/core/progress.h"
#include "tightside/core/routine.h"
#include "tightside/report/handout.h"
#include "tightside/store/atomicwrite.h"
#include "tightside/text/planwords.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace tightside::gui {
namespace {

// The lead-in the player runs before each hold (core::RoutineTimings, the one place it is set).
int leadInSeconds()
{
    return static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(core::RoutineTimings{}.leadIn).count());
}

// A sentence for a person: the method's rule ids ("(M2)", "(M2, M6)") are left out; the
// "rules" switch shows them, from the plan's data, where they belong.
QString plainWords(const std::string& sentence)
{
    static const QRegularExpression ruleIds(QStringLiteral("\\s*\\((M\\d+)(,\\s*M\\d+)*\\)"));
    return qs(sentence).remove(ruleIds);
}

} // namespace

PlanPage::PlanPage(const core::Protocol& protocol, QWidget* parent)
    : QWidget(parent), m_protocol(protocol)
{
    setObjectName(QStringLiteral("pagePlan"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Your plan for today"), this));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("planText"));
    m_text->setAccessibleName(tr("Your plan"));
    m_text->setOpenLinks(false);
    m_text->setAccessibleDescription(
        tr("The steps in order, with the side, the time and the reason for each, then what is "
           "balanced and what is never worked on."));
    auto* textColumn = new QVBoxLayout;
    textColumn->addWidget(m_text, 1);
    m_showRules = new QCheckBox(tr("Show the &rules behind this plan"), this);
    m_showRules->setObjectName(QStringLiteral("planShowRules"));
    m_showRules->setAccessibleDescription(
        tr("Adds the method's rules for each step, each in plain words, and why each place is "
           "never worked on."));
    textColumn->addWidget(m_showRules);
    connect(m_showRules, &QCheckBox::toggled, this, &PlanPage::fillText);
    auto* row = new QHBoxLayout;
    row->addLayout(textColumn, 3);
    // Small body maps, one per step and numbered like the steps, then the never-regions.
    m_maps = new QWidget;
    m_maps->setObjectName(QStringLiteral("planMaps"));
    new QGridLayout(m_maps);
    auto* maps = scrolled(m_maps, this);
    maps->setObjectName(QStringLiteral("planMapsArea"));
    maps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    maps->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    maps->setFocusPolicy(Qt::NoFocus);
    row->addWidget(maps, 2);
    layout->addLayout(row, 1);
    m_print = new QPushButton(tr("&Print today's routine..."), this);
    m_print->setObjectName(QStringLiteral("planPrint"));
    m_print->setAccessibleName(tr("Print today's routine"));
    m_print->setAccessibleDescription(
        tr("Saves a one-page PDF of today's steps, holds and how to do them, to print for the "
           "floor."));
    layout->addWidget(m_print, 0, Qt::AlignLeft);
    connect(m_print, &QPushButton::clicked, this, &PlanPage::printHandout);
    // Says where the handout went once it is saved (the dialog closes without a word).
    m_printStatus = makeLabel(QString(), this, QStringLiteral("planPrintStatus"));
    m_printStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_printStatus->hide();
    layout->addWidget(m_printStatus);
}

QString PlanPage::writeHandout(const QString& path) const
{
    auto pdf = report::renderHandout(m_plan, m_protocol);
    if (!pdf) {
        return pdf.error();
    }
    const auto written = store::writeFileAtomically(path, pdf.value());
    return written ? QString() : written.error();
}

void PlanPage::printHandout()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Print today's routine"), folder + QStringLiteral("/tightside-routine.pdf"),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString error = saveHandout(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Routine not saved"), error);
    }
}

QString PlanPage::saveHandout(const QString& path)
{
    const QString error = writeHandout(path);
    if (error.isEmpty()) {
        m_printStatus->setText(tr("Today's routine is saved as %1, ready to print.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    m_printStatus->setAccessibleName(m_printStatus->text());
    m_printStatus->setVisible(error.isEmpty());
    return error;
}

void PlanPage::showPlan(const core::Plan& plan)
{
    m_plan = plan;
    m_print->setVisible(plan.status == core::PlanStatus::Routine);
    m_printStatus->hide(); // a new plan: its handout is not saved yet
    fillText();
    fillMaps(plan);
}

void PlanPage::fillText()
{
    const core::Plan& plan = m_plan;
    const bool rules = m_showRules->isChecked();
    // Each rule in plain words beside its id (text::ruleText), where it is shown.
    const auto ruleLine = [](const std::vector<std::string>& ids) {
        QStringList list;
        for (const std::string& id : ids) {
            list << text::ruleText(id);
        }
        return list.isEmpty()
                   ? QString()
                   : QStringLiteral("<br><i>%1</i>")
                         .arg(tr("Rules: %1").arg(list.join(QStringLiteral("; "))).toHtmlEscaped());
    };
    QString html;
    if (plan.status == core::PlanStatus::Routine) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Steps, in this order"));
        // Each number once: the step's reason (text::reasonText) gives the ratings and the gap.
        for (const core::Step& step : plan.steps) {
            html += QStringLiteral("<li><b>%1</b>%2<br>%3%4</li>")
                        .arg(tr("%1, %2", "step title, hold")
                                 .arg(stepTitle(m_protocol, step), durationText(step.seconds))
                                 .toHtmlEscaped(),
                             step.optional ? tr(" (optional)") : QString(),
                             plainWords(step.reason).toHtmlEscaped(),
                             rules ? ruleLine(step.rules) : QString());
        }
        html += QStringLiteral("</ol><p>%1</p>")
                    .arg(tr("About %1 of holds, plus a %2 lead-in before each.")
                             .arg(durationText(core::totalHoldSeconds(plan.steps)),
                                  durationText(leadInSeconds())));
    } else if (plan.status == core::PlanStatus::Balanced) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Nothing to release today"));
    }
    for (const auto& message : plan.messages) {
        html += QStringLiteral("<p>%1</p>").arg(plainWords(message).toHtmlEscaped());
    }
    if (!plan.balanced.empty()) {
        QStringList names;
        for (core::Region region : plan.balanced) {
            names << groupName(m_protocol, region);
        }
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Balanced (no release needed)"),
                         tr("%1: the two sides differ by less than %2.")
                             .arg(capitalised(QLocale().createSeparatedList(names)))
                             .arg(plan.threshold)
                             .toHtmlEscaped());
    }
    if (!plan.deferred.empty()) {
        html +=
            QStringLiteral("<h3>%1</h3><ul>").arg(tr("Next time (did not fit today's minutes)"));
        for (const core::Step& step : plan.deferred) {
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1, %2", "step title, hold")
                                 .arg(stepTitle(m_protocol, step), durationText(step.seconds))
                                 .toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    // The never list: one calm line; the reasons, place by place, on demand.
    QStringList never;
    for (core::Region region : plan.never) {
        never << regionWords(region);
    }
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Never worked on"),
                     tr("%1: they are not the cause, and pressing them can hurt.")
                         .arg(capitalised(QLocale().createSeparatedList(never)))
                         .toHtmlEscaped());
    if (rules) {
        html += QStringLiteral("<ul>");
        for (core::Region region : plan.never) {
            html += QStringLiteral("<li><b>%1</b>: %2</li>")
                        .arg(capitalised(regionWords(region)).toHtmlEscaped(),
                             qs(m_protocol.neverWhy(region)).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
        // The rule ids of the engine's never notice (M3), as every other step shows its own.
        const auto neverNotice =
            std::find_if(plan.notices.begin(), plan.notices.end(), [](const core::Notice& notice) {
                return notice.kind == core::NoticeKind::Never;
            });
        if (neverNotice != plan.notices.end()) {
            html += QStringLiteral("<p>%1</p>").arg(ruleLine(neverNotice->rules));
        }
    }
    m_text->setHtml(html);
}

void PlanPage::fillMaps(const core::Plan& plan)
{
    // Two equal columns: each map keeps the same size, whatever its caption.
    constexpr int kMapColumns = 2;
    auto* grid = qobject_cast<QGridLayout*>(m_maps->layout());
    for (int column = 0; column < kMapColumns; ++column) {
        grid->setColumnStretch(column, 1);
    }
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int row = 0; row < grid->rowCount(); ++row) {
        grid->setRowStretch(row, 0);
    }
    const auto addMap = [this, grid](int cell, const QString& caption) {
        auto* box = new QWidget(m_maps);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(2, 2, 2, 2);
        auto* map = new SvgView(box);
        // Small enough minimums that two step maps and the never map fit a 1024x600 window
        // whole, without scrolling; they grow with the room there is.
        map->setMinimumSize(70, 120);
        boxLayout->addWidget(map, 1);
        auto* label = makeLabel(caption, box);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        boxLayout->addWidget(label);
        grid->addWidget(box, cell / kMapColumns, cell % kMapColumns);
        grid->setRowStretch(cell / kMapColumns, 1);
        return map;
    };
    int cell = 0;
    if (!plan.steps.empty()) {
        auto* title = makeLabel(tr("Where each step works"), m_maps);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        grid->addWidget(title, 0, 0, 1, kMapColumns);
        cell = kMapColumns;
    }
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const core::Step& step = plan.steps[i];
        // A no-break space keeps "90 s" on one line.
        const QString caption =
            tr("%1. %2, %3", "step number, title, hold")
                .arg(i + 1)
                .arg(stepTitle(m_protocol, step),
                     durationText(step.seconds).replace(QLatin1Char(' '), QChar(0x00a0)));
        SvgView* map = addMap(cell++, caption);
        map->setObjectName(QStringLiteral("planStepMap"));
        showBodyMap(map, step.group, step.side, groupName(m_protocol, step.group));
        map->setAccessibleName(tr("Step %1 body map: %2").arg(i + 1).arg(caption));
    }
    cell = (cell + kMapColumns - 1) / kMapColumns * kMapColumns;
    auto* neverTitle = makeLabel(tr("Never worked on"), m_maps);
    QFont font = neverTitle->font();
    font.setBold(true);
    neverTitle->setFont(font);
    grid->addWidget(neverTitle, cell / kMapColumns, 0, 1, kMapColumns);
    cell += kMapColumns;
    auto* never = new SvgView(m_maps);
    never->setObjectName(QStringLiteral("planNeverMap"));
    never->setMinimumSize(90, 150);
    never->setSvg(markedBodyMap(true, {}), false, QString());
    never->setHatched(neverRegionIds());
    never->setAccessibleName(tr("Body map of the never-regions"));
    never->setAccessibleDescription(neverMapLine());
    grid->addWidget(never, cell / kMapColumns, 0, 1, 1);
    grid->setRowStretch(cell / kMapColumns, 1);
    auto* line = makeLabel(tr("%1 %2").arg(neverMapLine(), viewSideHint(true)), m_maps,
                           QStringLiteral("planNeverLine"));
    line->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(line, cell / kMapColumns, 1, 1, 1);
    // The maps share the height there is (their own preferred height is ignored), so in a
    // small window they shrink to fit instead of running off the bottom.
    for (auto* view : m_maps->findChildren<SvgView*>()) {
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    }
}

} // namespace tightside::gui
