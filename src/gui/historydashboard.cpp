#include "historydashboard.h"

#include "anglechart.h"
#include "coursewords.h"
#include "layouthelpers.h"
#include "style.h"
#include "texts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace tightside::gui {

namespace {

style::Tone toneOf(core::Verdict verdict, bool tooFew)
{
    if (tooFew) {
        return style::Tone::Neutral;
    }
    switch (verdict) {
    case core::Verdict::Better:
        return style::Tone::Progress;
    case core::Verdict::Worse:
        return style::Tone::Caution;
    case core::Verdict::NoClearChange:
        break;
    }
    return style::Tone::Neutral;
}

/// One card: a title and its badge, a line of figures, the chart.
style::Card* makeCard(QWidget* parent, const QString& title, const QString& verdict,
                      style::Tone tone, const QStringList& lines, HistoryChart* chart,
                      AngleChart* angles = nullptr)
{
    auto* card = new style::Card(parent);
    card->setObjectName(QStringLiteral("dashboardCard"));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(style::space::m, style::space::m, style::space::m, style::space::s);
    layout->setSpacing(style::space::xs);
    auto* top = new QHBoxLayout;
    auto* name = makeLabel(title, card, QStringLiteral("dashboardTitle"));
    style::setType(name, style::Type::Heading);
    name->setWordWrap(true);
    auto* badge = new style::Badge(card, tone);
    badge->setObjectName(QStringLiteral("dashboardVerdict"));
    badge->setText(verdict);
    top->addWidget(name, 1);
    top->addWidget(badge, 0, Qt::AlignTop);
    layout->addLayout(top);
    for (const QString& line : lines) {
        auto* label = makeLabel(line, card, QStringLiteral("dashboardFigures"));
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    chart->setParent(card);
    chart->setCompact(true);
    layout->addWidget(chart, 1);
    if (angles != nullptr) {
        // The measured angles below the ratings' chart (issue 23).
        angles->setParent(card);
        layout->addWidget(angles, 1);
    }
    // Read as one thing: the title, the verdict, the figures, then the chart's own words.
    card->setAccessibleName(title);
    card->setAccessibleDescription(verdict + QStringLiteral(". ") + lines.join(QLatin1Char(' ')));
    return card;
}

} // namespace

HistoryDashboard::HistoryDashboard(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("historyDashboard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::space::s);
    auto* heading = makeLabel(tr("Am I getting better?"), this, QStringLiteral("dashboardHeading"));
    style::setType(heading, style::Type::Title);
    layout->addWidget(heading);
    m_legend = makeLabel(QString(), this, QStringLiteral("dashboardLegend"));
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
    m_grid = new QGridLayout;
    m_grid->setSpacing(style::space::m);
    layout->addLayout(m_grid);
}

void HistoryDashboard::showCourse(const core::Course& course, const core::Protocol& protocol,
                                  const std::vector<HistoryRow>* rows)
{
    for (style::Card* card : m_cards) {
        m_grid->removeWidget(card);
        delete card;
    }
    m_cards.clear();
    m_columns = 0;
    if (course.sessions == 0) {
        hide();
        return;
    }
    m_legend->setText(tr("In each chart: %1 at the start of a session (dashed line), %2 after "
                         "its routine (solid line); the hatched band is balanced, a gap under "
                         "%3. A change counts only at %4 points or more.")
                          .arg(QChar(0x25CF))
                          .arg(QChar(0x25A1))
                          .arg(protocol.threshold)
                          .arg(core::kRealChangePoints));
    if (const auto& pain = course.pain) {
        auto* chart = new HistoryChart;
        chart->setObjectName(QStringLiteral("dashboardChart_pain"));
        chart->setRows(rows);
        chart->setSeries(std::nullopt, tr("Back pain"));
        m_cards.append(makeCard(
            this, tr("Back pain"), acrossWords(pain->verdict, pain->tooFewSessions()),
            toneOf(pain->verdict, pain->tooFewSessions()),
            {tr("At the start: %1 first, %2 now (0 to 10).").arg(pain->first).arg(pain->latest)},
            chart));
    }
    for (const auto& group : protocol.groups) {
        const std::size_t index = core::indexOf(group.region);
        const auto& course_ = course.groups.at(index);
        if (!course_) {
            continue;
        }
        auto* chart = new HistoryChart;
        chart->setObjectName(QStringLiteral("dashboardChart_") + qs(core::regionId(group.region)));
        chart->setThreshold(protocol.threshold);
        chart->setRows(rows);
        const QString name = capitalised(qs(group.name));
        chart->setSeries(group.region, tr("Gap between left and right: %1").arg(qs(group.name)));
        QStringList lines{tr("Gap at the start: %1 first, %2 now.")
                              .arg(course_->firstGap)
                              .arg(course_->latestGap)};
        if (const auto& measured = course.measured.at(index)) {
            const QLocale locale;
            lines << tr("Measured: %1° first, %2° now (a change counts from %3°): %4.")
                         .arg(locale.toString(measured->firstGap, 'f', 1),
                              locale.toString(measured->latestGap, 'f', 1),
                              locale.toString(measured->mdc, 'f', 1),
                              verdictWords(measured->verdict));
        }
        AngleChart* angles = nullptr;
        if (group.measure && rows != nullptr) {
            angles = new AngleChart;
            angles->setObjectName(QStringLiteral("dashboardAngles_") +
                                  qs(core::regionId(group.region)));
            angles->setMeasures(*rows, group.region, *group.measure);
            if (angles->empty()) {
                delete angles;
                angles = nullptr;
            }
        }
        m_cards.append(
            makeCard(this, name, acrossWords(course_->verdict, course_->tooFewSessions()),
                     toneOf(course_->verdict, course_->tooFewSessions()), lines, chart, angles));
    }
    show();
    reflow();
}

QList<HistoryChart*> HistoryDashboard::charts() const
{
    QList<HistoryChart*> result;
    for (const style::Card* card : m_cards) {
        result.append(card->findChild<HistoryChart*>());
    }
    return result;
}

void HistoryDashboard::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void HistoryDashboard::reflow()
{
    // As many columns as cards of about 300 px fit, at most four.
    const int columns = std::clamp(width() / (fontMetrics().averageCharWidth() * 38), 1, 4);
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (style::Card* card : m_cards) {
        m_grid->removeWidget(card);
    }
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        m_grid->addWidget(m_cards[i], static_cast<int>(i / columns), static_cast<int>(i % columns));
    }
    for (int column = 0; column < 4; ++column) {
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
    }
}

} // namespace tightside::gui
