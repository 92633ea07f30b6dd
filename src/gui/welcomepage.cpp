#include "welcomepage.h"

#include "style.h"

#include "layouthelpers.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFrame>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

// The words keep the window's translation context (tightside::gui::MainWindow), where they
// were translated before the page had a file of its own.

namespace tightside::gui {

QWidget* makeWelcomePage(QWidget* parent)
{
    auto* page = new QWidget(parent);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* layout = new QVBoxLayout(page);
    auto* title =
        makeLabel(QCoreApplication::translate("tightside::gui::MainWindow", "Welcome to Tightside"),
                  page, QStringLiteral("pageHeading"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    // A read-only text view rather than a word-wrapped label: a label lays its rich text out
    // again for every width the layout tries, which made the first start slow.
    auto* text = new QTextBrowser(page);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setAccessibleName(
        QCoreApplication::translate("tightside::gui::MainWindow", "What Tightside is"));
    text->setFrameShape(QFrame::NoFrame);
    text->viewport()->setAutoFillBackground(false);
    text->setAccessibleDescription(QCoreApplication::translate(
        "tightside::gui::MainWindow",
        "What the app does, what it is not, and how sure the method is."));
    QFont textFont = text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    text->setFont(textFont);
    text->setHtml(QCoreApplication::translate(
        "tightside::gui::MainWindow",
        "<p><b>What this is.</b> A guide for a tight or aching low back that starts with the "
        "legs. You test both sides of five leg muscle groups, and the app finds the tighter side "
        "of each. Then it walks you through releasing only that side with a foam roller or a "
        "ball, step by step, with a timer.</p>"
        "<p><b>What it is not.</b> It is not medical advice and it does not diagnose. It never "
        "works on the low back, the buttocks or the spine. Some answers will send you to a doctor "
        "first instead of giving you a routine.</p>"
        "<p><b>How sure is this?</b> The idea comes from one practitioner's experience over "
        "several years and about a thousand sessions. It has not been tested in clinical "
        "trials. Try it, watch whether the gap between your sides shrinks, and stop if pain "
        "rises.</p>"
        "<p>Everything you enter stays on this computer unless you export it.</p>"));
    // No taller than its text, so the button sits right below it; it scrolls when the window
    // is too small for it.
    QObject::connect(text->document()->documentLayout(),
                     &QAbstractTextDocumentLayout::documentSizeChanged, text,
                     [text](const QSizeF& size) {
                         text->setMaximumHeight(static_cast<int>(std::ceil(size.height())) +
                                                2 * text->frameWidth());
                     });
    layout->addWidget(text, 1);
    auto* ok = new QPushButton(
        QCoreApplication::translate("tightside::gui::MainWindow", "I understand: &start"), page);
    ok->setObjectName(QStringLiteral("welcomeAcknowledge"));
    ok->setMinimumHeight(40);
    style::makePrimary(ok);
    layout->addWidget(ok, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

} // namespace tightside::gui
