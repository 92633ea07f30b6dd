#include "activitiespage.h"

#include "layouthelpers.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace tightside::gui {

ActivitiesPage::ActivitiesPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pageActivities"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("What matters to you (optional, once a week)"), this));
    layout->addWidget(makeLabel(tr("Name up to five everyday activities that your back makes "
                                   "hard, for example putting on socks or sitting through a "
                                   "film. Rate how well you can do each today, from 0 (cannot "
                                   "do it) to 10 (as well as before the trouble). History shows "
                                   "how your ratings change from week to week."),
                                this));
    auto* grid = new QGridLayout;
    grid->addWidget(makeLabel(tr("Activity"), this), 0, 0);
    grid->addWidget(makeLabel(tr("How well you can do it today"), this), 0, 1, 1, 2);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows.at(i);
        const int number = static_cast<int>(i) + 1;
        const int line = number;
        row.name = new QLineEdit(this);
        row.name->setObjectName(QStringLiteral("activityName%1").arg(number));
        row.name->setMaxLength(static_cast<int>(core::kMaxActivityNameChars));
        row.name->setPlaceholderText(tr("Activity %1").arg(number));
        row.name->setAccessibleName(tr("Activity %1").arg(number));
        row.name->setAccessibleDescription(
            tr("The activity in your own words, at most %1 characters. Leave empty if you do "
               "not need it.")
                .arg(core::kMaxActivityNameChars));
        row.score = new QSlider(Qt::Horizontal, this);
        row.score->setObjectName(QStringLiteral("activityScore%1").arg(number));
        row.score->setRange(core::kMinActivityScore, core::kMaxActivityScore);
        row.score->setPageStep(1);
        row.score->setTickPosition(QSlider::TicksBelow);
        row.score->setTickInterval(1);
        row.score->setMinimumWidth(200);
        row.score->setAccessibleName(tr("How well you can do activity %1 today").arg(number));
        row.score->installEventFilter(this);
        row.value = new QLabel(this);
        row.value->setObjectName(QStringLiteral("activityValue%1").arg(number));
        row.value->setMinimumWidth(150);
        grid->addWidget(row.name, line, 0);
        grid->addWidget(row.score, line, 1);
        grid->addWidget(row.value, line, 2);
        showValue(i);
        connect(row.name, &QLineEdit::textChanged, this, &ActivitiesPage::readyChanged);
        connect(row.score, &QSlider::valueChanged, this, [this, i] { showValue(i); });
        // Any key or drag on the slider answers, even one that leaves it at 0.
        connect(row.score, &QSlider::actionTriggered, this, [this, i] { markRated(i); });
        connect(row.score, &QSlider::sliderPressed, this, [this, i] { markRated(i); });
    }
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid);
    auto* skipRow = new QHBoxLayout;
    m_skip = new QPushButton(tr("S&kip this week"), this);
    m_skip->setObjectName(QStringLiteral("skipActivities"));
    m_skip->setAccessibleName(tr("Skip this week"));
    m_skip->setAccessibleDescription(
        tr("Goes on with the check without rating any activity. Nothing is saved for them."));
    connect(m_skip, &QPushButton::clicked, this, &ActivitiesPage::skipRequested);
    skipRow->addWidget(m_skip);
    skipRow->addStretch();
    layout->addLayout(skipRow);
    layout->addWidget(makeLabel(tr("These are your own ratings; they do not say what caused a "
                                   "change."),
                                this));
    layout->addStretch();
}

bool ActivitiesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            // A digit key sets the rating, like the other 0-10 questions.
            if (watched == m_rows.at(i).score && key->key() >= Qt::Key_0 &&
                key->key() <= Qt::Key_9 &&
                (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
                m_rows.at(i).score->setValue(key->key() - Qt::Key_0);
                markRated(i);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActivitiesPage::markRated(std::size_t index)
{
    Row& row = m_rows.at(index);
    if (!row.rated) {
        row.rated = true;
        showValue(index);
        emit readyChanged();
    }
}

void ActivitiesPage::showValue(std::size_t index)
{
    Row& row = m_rows.at(index);
    const QString text =
        row.rated ? tr("%1 out of 10").arg(row.score->value()) : tr("Not rated yet");
    row.value->setText(text);
    row.score->setAccessibleDescription(
        tr("%1. 0 means you cannot do it, 10 as well as before. A digit key sets it, End "
           "gives 10.")
            .arg(text));
}

void ActivitiesPage::offer(const std::vector<core::Activity>& previous)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows.at(i);
        row.name->setText(i < previous.size() ? QString::fromStdString(previous[i].name)
                                              : QString());
        row.score->setValue(core::kMinActivityScore);
        row.rated = false;
        showValue(i);
    }
    emit readyChanged();
}

std::vector<core::Activity> ActivitiesPage::activities() const
{
    std::vector<core::Activity> out;
    for (const Row& row : m_rows) {
        const std::string name = core::trimmedActivityName(row.name->text().toStdString());
        if (!name.empty() && row.rated) {
            out.push_back({name, row.score->value()});
        }
    }
    return out;
}

bool ActivitiesPage::ready() const
{
    return notReadyHint().isEmpty();
}

QString ActivitiesPage::notReadyHint() const
{
    for (const Row& row : m_rows) {
        const bool named = !row.name->text().trimmed().isEmpty();
        if (named && !row.rated) {
            return tr("Rate each activity you named, or clear its name.");
        }
        if (!named && row.rated) {
            return tr("Name each activity you rated.");
        }
    }
    if (!core::activityProblems(activities()).empty()) {
        return tr("Give each activity a different name.");
    }
    return {};
}

} // namespace tightside::gui
