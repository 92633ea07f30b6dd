// The pseudo-language test (issue 14): the whole screenshot tour (every place of the window:
// the check, the plan, the player, the re-check, History, Settings, About) runs with a
// translation in which every string is wrapped in ⟦ ⟧ and made 40% longer. At each place,
// visible text without the markers is a string nobody can translate, and text that no longer
// fits its widget at 1366x768 would be cut off in German or French.

#include "settingspage.h"
#include "tour.h"

#include "../gui/fakes.h"

#include "tightside/core/protocol.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>

#include <algorithm>

namespace {

// The pseudo-translation opens each marked text with this bracket.
const QChar kOpen(0x27e6);

/// Every text of the protocol: they come from the protocol file in its own languages, not from
/// the translation, so they carry no markers and are allowed.
QStringList protocolTexts(const tightside::core::Protocol& protocol)
{
    QStringList texts;
    const auto add = [&texts](const std::string& text) {
        if (!text.empty()) {
            texts << QString::fromStdString(text);
        }
    };
    const auto addAll = [&add](const std::vector<std::string>& list) {
        std::for_each(list.begin(), list.end(), add);
    };
    add(protocol.name);
    add(protocol.summary);
    add(protocol.standard.guidance);
    add(protocol.gentle.guidance);
    for (const auto& group : protocol.groups) {
        add(group.name);
        add(group.where);
        add(group.selfTest.name);
        addAll(group.selfTest.steps);
        addAll(group.selfTest.notice);
        addAll(group.selfTest.stopSigns);
        if (group.measure) {
            add(group.measure->name);
            addAll(group.measure->setup);
            for (const auto& landmark : group.measure->landmarks) {
                add(landmark.name);
            }
        }
    }
    for (const auto& technique : protocol.techniques) {
        add(technique.name);
        add(technique.equipment);
        addAll(technique.steps);
        addAll(technique.keepOff);
        add(technique.why);
    }
    for (const auto& question : protocol.screening) {
        add(question.question);
        add(question.advice);
        add(question.note);
    }
    for (const auto& entry : protocol.never) {
        add(entry.why);
    }
    // Longest first, so that a long text is taken out before a short one inside it.
    std::sort(texts.begin(), texts.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return texts;
}

class Inspector
{
public:
    Inspector() : m_protocol(protocolTexts(tightside::core::builtinProtocol("en")))
    {
        const QLocale locale;
        for (int i = 1; i <= 12; ++i) {
            m_allowed << locale.monthName(i) << locale.monthName(i, QLocale::ShortFormat);
        }
        for (int i = 1; i <= 7; ++i) {
            m_allowed << locale.dayName(i) << locale.dayName(i, QLocale::ShortFormat);
        }
        m_allowed << QStringLiteral("Tightside") << locale.amText() << locale.pmText();
        std::sort(m_allowed.begin(), m_allowed.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
    }

    bool visit(QWidget& window, const QString& place)
    {
        const qsizetype before = m_problems.size();
        m_marked = false;
        if (window.width() > 1366 || window.height() > 768) {
            m_problems << place + QStringLiteral(": the window is %1x%2, larger than 1366x768; %3")
                                      .arg(window.width())
                                      .arg(window.height())
                                      .arg(widest(window));
        }
        for (QWidget* widget : window.findChildren<QWidget*>()) {
            if (widget->isVisibleTo(&window) && isOnScreen(*widget)) {
                inspect(window, *widget, place);
            }
        }
        if (!m_marked) {
            m_problems << place + QStringLiteral(": no marked text at all; is the pseudo "
                                                 "translation loaded?");
        }
        for (qsizetype i = before; i < m_problems.size(); ++i) {
            qWarning("%s", qPrintable(m_problems[i]));
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        if (qEnvironmentVariableIsSet("PSEUDO_DEBUG")) {
            for (QWidget* w : window.findChildren<QWidget*>()) {
                if (w->minimumSizeHint().width() > 400 && w->isVisibleTo(&window))
                    qWarning("DBG %s %s %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width());
            }
        }
        ++m_places;
        return true;
    }

    const QStringList& problems() const { return m_problems; }
    int places() const { return m_places; }

private:
    /// The innermost visible widgets that ask for more than 1366 px: what pushes the window out.
    static QString widest(QWidget& window)
    {
        QStringList names;
        for (QWidget* widget : window.findChildren<QWidget*>()) {
            if (!isOnScreen(*widget) || widget->minimumSizeHint().width() <= 1366) {
                continue;
            }
            const auto children = widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
            const bool inner = std::none_of(children.begin(), children.end(), [](QWidget* c) {
                return isOnScreen(*c) && c->minimumSizeHint().width() > 1366;
            });
            if (inner) {
                // Its row is too long: name its widest parts.
                QStringList parts;
                for (QWidget* c : children) {
                    if (isOnScreen(*c) && c->minimumSizeHint().width() > 150) {
                        parts << c->objectName() +
                                     QStringLiteral(" %1").arg(c->minimumSizeHint().width());
                    }
                }
                names << QString::fromLatin1(widget->metaObject()->className()) +
                             QStringLiteral(" '") + widget->objectName() +
                             QStringLiteral("' needs %1 px (")
                                 .arg(widget->minimumSizeHint().width()) +
                             parts.join(QStringLiteral(", ")) + QStringLiteral(")");
            }
        }
        return names.isEmpty() ? QStringLiteral("no single widget is wider")
                               : names.join(QStringLiteral(", "));
    }

    /// False for a widget on a page that is not shown (a stacked widget's other pages).
    static bool isOnScreen(const QWidget& widget)
    {
        for (const QWidget* w = &widget; w != nullptr; w = w->parentWidget()) {
            if (!w->isVisible()) {
                return false;
            }
        }
        return true;
    }

    void inspect(QWidget& window, QWidget& widget, const QString& place)
    {
        const QString where = place + QStringLiteral(": ") +
                              QString::fromLatin1(widget.metaObject()->className()) +
                              QStringLiteral(" '") + widget.objectName() + QStringLiteral("'");
        QStringList texts;
        if (auto* label = qobject_cast<QLabel*>(&widget)) {
            // The data folder's path is the person's own, not words to translate.
            if (label->objectName() != QStringLiteral("settingsDataDir")) {
                texts << label->text();
            }
            checkLabelFits(*label, where);
        } else if (auto* button = qobject_cast<QAbstractButton*>(&widget)) {
            texts << button->text();
            if (!button->text().isEmpty() && button->width() + 1 < button->sizeHint().width()) {
                m_problems << where + QStringLiteral(": text cut off (%1 px wide, needs %2)")
                                          .arg(button->width())
                                          .arg(button->sizeHint().width());
            }
        } else if (auto* box = qobject_cast<QGroupBox*>(&widget)) {
            texts << box->title();
        } else if (auto* line = qobject_cast<QLineEdit*>(&widget)) {
            texts << line->placeholderText();
        } else if (auto* combo = qobject_cast<QComboBox*>(&widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                texts << combo->itemText(i);
            }
        } else if (auto* tabs = qobject_cast<QTabBar*>(&widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                texts << tabs->tabText(i);
            }
        } else if (auto* edit = qobject_cast<QTextEdit*>(&widget)) {
            if (edit->isReadOnly()) {
                texts << edit->toPlainText();
            } else {
                texts << edit->placeholderText();
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(&widget)) {
            texts << itemTexts(*view);
        }
        for (const QString& text : texts) {
            checkMarked(text, where);
        }
        checkInside(window, widget, where, texts);
    }

    static QStringList itemTexts(const QAbstractItemView& view)
    {
        QStringList texts;
        const QAbstractItemModel* model = view.model();
        if (model == nullptr) {
            return texts;
        }
        for (int c = 0; c < model->columnCount(); ++c) {
            texts << model->headerData(c, Qt::Horizontal).toString();
        }
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                texts << model->index(r, c).data().toString();
            }
        }
        return texts;
    }

    void checkLabelFits(const QLabel& label, const QString& where)
    {
        if (label.text().isEmpty()) {
            return;
        }
        if (label.wordWrap()) {
            const int needed = label.heightForWidth(label.width());
            if (label.height() + 1 < needed) {
                m_problems << where + QStringLiteral(": text cut off (%1 px high, needs %2)")
                                          .arg(label.height())
                                          .arg(needed);
            }
        } else if (label.width() + 1 < label.sizeHint().width()) {
            m_problems << where + QStringLiteral(": text cut off (%1 px wide, needs %2)")
                                      .arg(label.width())
                                      .arg(label.sizeHint().width());
        }
    }

    /// Text that runs past the right edge of its scroll area or the window is cut off too.
    void checkInside(QWidget& window, QWidget& widget, const QString& where,
                     const QStringList& texts)
    {
        if (std::all_of(texts.begin(), texts.end(), [](const QString& t) { return t.isEmpty(); })) {
            return;
        }
        QRect clip = window.rect();
        for (QWidget* parent = widget.parentWidget(); parent != nullptr && parent != &window;
             parent = parent->parentWidget()) {
            if (auto* area = qobject_cast<QAbstractScrollArea*>(parent)) {
                if (area->viewport() != nullptr && area->viewport()->isAncestorOf(&widget)) {
                    clip = QRect(area->viewport()->mapTo(&window, QPoint(0, 0)),
                                 area->viewport()->size());
                    break;
                }
            }
        }
        const QRect rect(widget.mapTo(&window, QPoint(0, 0)), widget.size());
        if (rect.right() > clip.right() + 1) {
            m_problems << where + QStringLiteral(": runs %1 px past the right edge")
                                      .arg(rect.right() - clip.right());
        }
    }

    void checkMarked(const QString& text, const QString& where)
    {
        QString rest =
            Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
        if (rest.contains(kOpen)) {
            m_marked = true;
        }
        // Take out marked spans, innermost first: tr("%1 of %2").arg(tr("x")) nests them.
        static const QRegularExpression span(QStringLiteral("\u27e6[^\u27e6\u27e7]*\u27e7"));
        for (int guard = 0; guard < 10 && rest.contains(span); ++guard) {
            rest.replace(span, QStringLiteral(" "));
        }
        for (const QString& allowed : m_protocol) {
            rest.replace(allowed, QStringLiteral(" "), Qt::CaseInsensitive);
        }
        for (const QString& allowed : m_allowed) {
            rest.replace(allowed, QStringLiteral(" "), Qt::CaseInsensitive);
        }
        if (std::any_of(rest.begin(), rest.end(), [](QChar c) { return c.isLetter(); })) {
            m_problems << where + QStringLiteral(": text not marked for translation: \"") +
                              rest.simplified().left(120) + QStringLiteral("\" in \"") +
                              text.simplified().left(160) + QStringLiteral("\"");
        }
    }

    QStringList m_protocol;
    QStringList m_allowed;
    QStringList m_problems;
    bool m_marked = false;
    int m_places = 0;
};

} // namespace

class PseudoLanguage : public QObject
{
    Q_OBJECT

private slots:
    void settingsRemembersTheLanguageForTheNextStart()
    {
        tightside::gui::testing::Fixture fixture;
        tightside::gui::SettingsPage page(fixture.services);
        auto* combo = page.findChild<QComboBox*>(QStringLiteral("settingsLanguage"));
        QVERIFY(combo != nullptr);
        QCOMPARE(combo->currentData().toString(), QString()); // the system's language
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        QCOMPARE(fixture.services.preferences.language(), QStringLiteral("de"));
        // A page made at the next start shows the choice.
        tightside::gui::SettingsPage again(fixture.services);
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("settingsLanguage"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("de"));
    }

    void everyPlaceIsMarkedAndFits()
    {
        QTranslator pseudo;
        QVERIFY2(pseudo.load(QStringLiteral(TIGHTSIDE_PSEUDO_QM)), TIGHTSIDE_PSEUDO_QM);
        QVERIFY(QCoreApplication::installTranslator(&pseudo));
        Inspector inspector;
        const int result =
            tightside::gui::runTour([&inspector](QWidget& window, const QString& place) {
                return inspector.visit(window, place);
            });
        QCoreApplication::removeTranslator(&pseudo);
        QCOMPARE(result, 0);
        // welcome, screening, 7 self-tests, plan, player x3, re-check, summary, history,
        // seek care, settings, about: a tour that stopped early would check too little.
        QVERIFY2(inspector.places() >= 15, qPrintable(QString::number(inspector.places())));
        QVERIFY2(inspector.problems().isEmpty(),
                 qPrintable(QString::number(inspector.problems().size()) +
                            QStringLiteral(" problems, the first: ") +
                            inspector.problems().value(0)));
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tightside-test"));
    PseudoLanguage test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_pseudo.moc"
