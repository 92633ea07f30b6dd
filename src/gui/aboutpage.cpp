#include "aboutpage.h"

#include "logbuttons.h"
#include "style.h"
#include "texts.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

// The words keep the window's translation context (tightside::gui::MainWindow), where they
// were translated before the page had a file of its own.

namespace tightside::gui {

QWidget* makeAboutPage(const core::Protocol& protocol, Services& services, QWidget* parent)
{
    auto* about = new QTextBrowser(parent);
    about->setObjectName(QStringLiteral("aboutPage"));
    about->setAccessibleName(
        QCoreApplication::translate("tightside::gui::MainWindow", "About Tightside"));
    about->setAccessibleDescription(QCoreApplication::translate(
        "tightside::gui::MainWindow",
        "The method, the evidence behind it and what Tightside is not. The arrow "
        "keys scroll."));
    QString never;
    for (const auto& region : protocol.never) {
        never += QStringLiteral("<li><b>%1</b>: %2</li>")
                     .arg(capitalised(regionWords(region.region)).toHtmlEscaped(),
                          qs(region.why).toHtmlEscaped());
    }
    about->setHtml(
        QCoreApplication::translate(
            "tightside::gui::MainWindow",
            "<h2>The method in plain words</h2><p>%1</p>"
            "<ol><li>Answer the safety questions first. Some answers mean: see a doctor, no "
            "routine.</li>"
            "<li>Test both sides of five leg groups: front of the thigh, front of the hip, inner "
            "thigh, outer thigh, back of the thigh. Rate each side from 0 to 10.</li>"
            "<li>Where one side is tighter by %2 or more, release only that side. Equal tightness "
            "on both sides, however high, counts as balanced.</li>"
            "<li>Check both sides again after the routine. Over one to six sessions the gap "
            "should shrink.</li></ol>"
            "<h3>Never on the list</h3><ul>%3</ul>"
            "<h3>How good is the evidence?</h3><p>The approach comes from one practitioner's "
            "experience (several years, about a thousand sessions), not from clinical trials. "
            "Tightside explains every decision it makes, so you can judge for yourself.</p>"
            "<h3>Not medical advice</h3><p>Tightside does not diagnose or treat any condition. If "
            "pain rises during a release, stop. If you are worried, see a doctor or "
            "physiotherapist.</p><p>Protocol: %4, version %5. Tightside version %6.</p>")
            .arg(qs(protocol.summary).toHtmlEscaped())
            .arg(protocol.threshold)
            .arg(never, qs(protocol.name).toHtmlEscaped(), qs(protocol.version),
                 QStringLiteral(TIGHTSIDE_GUI_VERSION)));
    // Room around the words, no box around them (issue 26).
    about->setFrameShape(QFrame::NoFrame);
    about->document()->setDocumentMargin(style::space::l);
    // Above the text: the icon, the name and the version, as a heading.
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(style::space::l, style::space::l, style::space::l, 0);
    header->setSpacing(style::space::l);
    QLabel* icon = style::appIconLabel(page, QStringLiteral("aboutIcon"));
    auto* titles = new QVBoxLayout;
    auto* name = new QLabel(QStringLiteral("Tightside"), page);
    name->setObjectName(QStringLiteral("aboutName"));
    style::setType(name, style::Type::Title);
    auto* version =
        new QLabel(QCoreApplication::translate("tightside::gui::AboutPage", "Version %1")
                       .arg(QStringLiteral(TIGHTSIDE_GUI_VERSION)),
                   page);
    version->setObjectName(QStringLiteral("aboutVersion"));
    titles->addStretch(1);
    titles->addWidget(name);
    titles->addWidget(version);
    titles->addStretch(1);
    header->addWidget(icon);
    header->addLayout(titles, 1);
    layout->addLayout(header);
    about->setParent(page);
    layout->addWidget(about, 1);
    layout->addWidget(new LogButtons(services, page));
    return page;
}

} // namespace tightside::gui
