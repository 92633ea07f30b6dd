#include "checknav.h"

#include "style.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

// The row's words keep the flow's translation context (tightside::gui::CheckFlow), where they
// were translated before the row had a class of its own.

namespace tightside::gui {

CheckNav::CheckNav(QWidget* parent) : QWidget(parent)
{
    auto* nav = new QHBoxLayout(this);
    nav->setContentsMargins(0, 0, 0, 0);
    m_back =
        new QPushButton(QCoreApplication::translate("tightside::gui::CheckFlow", "< &Back"), this);
    m_back->setObjectName(QStringLiteral("navBack"));
    m_back->setAccessibleName(QCoreApplication::translate("tightside::gui::CheckFlow", "Back"));
    m_back->setAccessibleDescription(QCoreApplication::translate(
        "tightside::gui::CheckFlow", "Goes to the page before. Your answers are kept."));
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("navWhere"));
    m_where->setAlignment(Qt::AlignCenter);
    m_where->setWordWrap(true);
    m_next =
        new QPushButton(QCoreApplication::translate("tightside::gui::CheckFlow", "&Next >"), this);
    m_next->setObjectName(QStringLiteral("navNext"));
    m_next->setDefault(true);
    for (QPushButton* button : {m_back, m_next}) {
        button->setMinimumHeight(36);
        button->setMinimumWidth(140);
    }
    // The way forward is the page's one primary button (docs/design.md).
    style::makePrimary(m_next);
    nav->addWidget(m_back);
    nav->addWidget(m_where, 1);
    nav->addWidget(m_next);
    connect(m_back, &QPushButton::clicked, this, &CheckNav::backClicked);
    connect(m_next, &QPushButton::clicked, this, &CheckNav::nextClicked);
}

bool CheckNav::nextShown() const
{
    return m_next->isVisible();
}

void CheckNav::show(const State& state)
{
    using Page = CheckFlow::Page;
    const Page current = state.page;
    const bool showBack = current != Page::RedFlags && current != Page::Player &&
                          current != Page::Recheck && current != Page::Summary;
    m_back->setVisible(showBack);
    m_next->setVisible(current != Page::SeekCare && current != Page::Player);
    m_where->setVisible(current != Page::Player);
    QString nextText = QCoreApplication::translate("tightside::gui::CheckFlow", "&Next >");
    switch (current) {
    case Page::Minutes:
        nextText = QCoreApplication::translate("tightside::gui::CheckFlow", "See my &plan >");
        break;
    case Page::Plan:
        nextText = state.routine ? QCoreApplication::translate("tightside::gui::CheckFlow",
                                                               "&Start routine >")
                                 : QCoreApplication::translate("tightside::gui::CheckFlow",
                                                               "&Next: save this check >");
        break;
    case Page::Recheck:
        nextText = QCoreApplication::translate("tightside::gui::CheckFlow", "&Save");
        break;
    case Page::Summary:
        nextText = QCoreApplication::translate("tightside::gui::CheckFlow", "Start a &new check");
        break;
    default:
        break;
    }
    m_next->setText(nextText);
    m_next->setAccessibleName(
        QString(nextText).remove(QLatin1Char('&')).remove(QLatin1Char('>')).trimmed());
    m_next->setAccessibleDescription(
        current == Page::Plan && state.routine
            ? QCoreApplication::translate("tightside::gui::CheckFlow",
                                          "Starts the routine player with step 1.")
        : current == Page::Recheck
            ? QCoreApplication::translate("tightside::gui::CheckFlow",
                                          "Saves this check to your history.")
        : current == Page::Summary
            ? QCoreApplication::translate("tightside::gui::CheckFlow",
                                          "Starts a new check from the safety questions.")
            : QCoreApplication::translate("tightside::gui::CheckFlow",
                                          "Goes to the next page. Enter does the same."));
    m_next->setEnabled(state.waitHint.isEmpty());
    if (!state.waitHint.isEmpty()) {
        // Next waits: say why, beside it and to a screen reader on it.
        m_where->setText(state.waitHint);
        m_next->setAccessibleDescription(state.waitHint);
    } else {
        // Where the person is, the stepper above the page says (checkstepper.h).
        m_where->clear();
    }
}

} // namespace tightside::gui
