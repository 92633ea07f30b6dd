#include "welcomepage.h"

#include "style.h"

#include "layouthelpers.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

// The words keep the window's translation context (tightside::gui::MainWindow), where they
// were translated before the page had a file of its own.

namespace tightside::gui {
namespace {

/// The welcome's words: as tall as they are at the width given, so the card around them is
/// no taller than its content and sits centred; it scrolls when the window is shorter.
class WelcomeText final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QSize sizeHint() const override
    {
        return {QTextBrowser::sizeHint().width(),
                static_cast<int>(std::ceil(document()->size().height())) + 2 * frameWidth()};
    }
};

} // namespace

QWidget* makeWelcomePage(QWidget* parent)
{
    // One centred card (docs/design.md): the icon, the name, what the app is and is not, and
    // one button. The window's ground shows around it at every size.
    auto* page = new QWidget(parent);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(style::space::l, style::space::l, style::space::l, style::space::l);
    auto* card = new style::Card(page);
    card->setObjectName(QStringLiteral("welcomeCard"));
    card->setAccessibleName(
        QCoreApplication::translate("tightside::gui::MainWindow", "Welcome to Tightside"));
    // About 40 lines of text wide: short enough to read, wide enough to fit 1024x600.
    card->setMaximumWidth(card->fontMetrics().height() * 40);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(style::space::xl, style::space::xl, style::space::xl,
                               style::space::xl);
    layout->setSpacing(style::space::m);
    QLabel* icon = style::appIconLabel(card, QStringLiteral("welcomeIcon"));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    auto* title =
        makeLabel(QCoreApplication::translate("tightside::gui::MainWindow", "Welcome to Tightside"),
                  card, QStringLiteral("pageHeading"));
    style::setType(title, style::Type::Title);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);
    // A read-only text view rather than a word-wrapped label: a label lays its rich text out
    // again for every width the layout tries, which made the first start slow.
    auto* text = new WelcomeText(card);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setAccessibleName(
        QCoreApplication::translate("tightside::gui::MainWindow", "What Tightside is"));
    text->setFrameShape(QFrame::NoFrame);
    text->viewport()->setAutoFillBackground(false);
    text->setAccessibleDescription(QCoreApplication::translate(
        "tightside::gui::MainWindow",
        "What the app does, what it is not, and how sure the method is."));
    QFont textFont = text->font();
    textFont = style::scaledFont(textFont, 1.1);
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
                         text->updateGeometry();
                     });
    layout->addWidget(text, 1);
    auto* ok = new QPushButton(
        QCoreApplication::translate("tightside::gui::MainWindow", "I understand: &start"), card);
    ok->setObjectName(QStringLiteral("welcomeAcknowledge"));
    ok->setMinimumHeight(40);
    ok->setMinimumWidth(ok->fontMetrics().height() * 12);
    style::makePrimary(ok);
    layout->addWidget(ok, 0, Qt::AlignHCenter);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card, 100);
    row->addStretch();
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);
    return page;
}

} // namespace tightside::gui
