#include "seekcarepage.h"

#include "layouthelpers.h"
#include "style.h"
#include "texts.h"

#include "tightside/gui/services.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace tightside::gui {

namespace {
/// The safety sign: a red disc with a white "!", drawn so it needs no icon theme.
QPixmap safetySign(int size, const QPalette& palette, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style::ink(style::Tone::Safety, palette));
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    QFont font;
    font.setBold(true);
    font.setPixelSize(size * 2 / 3);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::Window));
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, QStringLiteral("!"));
    return pixmap;
}
} // namespace

SeekCarePage::SeekCarePage(Prompter* prompter, QWidget* parent)
    : QWidget(parent), m_prompter(prompter)
{
    setObjectName(QStringLiteral("pageSeekCare"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(style::space::l);
    // One card in the safety tone: the sign, the urgency, what to do (docs/design.md).
    m_card = new style::Card(this, style::Tone::Safety);
    auto* card = m_card;
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(style::space::xl, style::space::l, style::space::xl,
                                   style::space::l);
    cardLayout->setSpacing(style::space::m);
    auto* top = new QHBoxLayout;
    top->setSpacing(style::space::l);
    m_sign = new QLabel(card);
    m_sign->setObjectName(QStringLiteral("seekCareSign"));
    m_sign->setAccessibleName(tr("Warning"));
    m_title = heading(QString(), card);
    style::setType(m_title, style::Type::Title);
    m_title->setWordWrap(true);
    top->addWidget(m_sign, 0, Qt::AlignTop);
    top->addWidget(m_title, 1);
    cardLayout->addLayout(top);
    m_text = new QLabel(card);
    m_text->setObjectName(QStringLiteral("seekCareText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    QFont font = m_text->font();
    font = style::scaledFont(font, 1.15);
    m_text->setFont(font);
    cardLayout->addWidget(m_text);
    layout->addWidget(card);
    layout->addStretch(1);
    refreshColours();

    auto* buttons = new QHBoxLayout;
    auto* copy = new QPushButton(tr("Cop&y the text"), this);
    copy->setObjectName(QStringLiteral("seekCareCopy"));
    copy->setAccessibleDescription(
        tr("Copies this page's words and your answers, to paste into a message or a note."));
    auto* save = new QPushButton(tr("Save as P&DF to print..."), this);
    save->setObjectName(QStringLiteral("seekCareSave"));
    save->setAccessibleDescription(
        tr("Saves this page as a PDF file you can print and take to a doctor."));
    save->setEnabled(m_prompter != nullptr);
    auto* done = new QPushButton(tr("Cl&ose this check"), this);
    done->setObjectName(QStringLiteral("seekCareDone"));
    done->setAccessibleDescription(tr("Ends this check. No routine is given."));
    m_status = makeLabel(QString(), this, QStringLiteral("seekCareStatus"));
    m_status->setWordWrap(true);
    buttons->addWidget(copy);
    buttons->addWidget(save);
    buttons->addStretch(1);
    buttons->addWidget(done);
    layout->addLayout(buttons);
    // Below the buttons, so it is read after them, as it is seen.
    layout->addWidget(m_status);
    connect(done, &QPushButton::clicked, this, &SeekCarePage::closeRequested);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(plainText());
        m_status->setText(tr("Copied."));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = m_prompter->saveFile(this, tr("Save this page as PDF"),
                                                  QStringLiteral("tightside-see-a-doctor.pdf"),
                                                  tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            const QString error = savePdf(path);
            m_status->setText(error.isEmpty() ? tr("Saved: %1").arg(QDir::toNativeSeparators(path))
                                              : error);
        }
    });
}

void SeekCarePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        refreshColours();
    }
}

void SeekCarePage::refreshColours()
{
    const int size = m_title->fontMetrics().height() * 2;
    m_sign->setPixmap(safetySign(size, palette(), devicePixelRatioF()));
    m_sign->setFixedSize(size, size);
    QPalette pal = m_title->palette();
    pal.setColor(QPalette::WindowText, style::ink(style::Tone::Safety, palette()));
    m_title->setPalette(pal);
}

QString SeekCarePage::plainText() const
{
    return m_title->text() + QStringLiteral("\n\n") +
           QTextDocumentFragment::fromHtml(m_text->text()).toPlainText();
}

QString SeekCarePage::savePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setTitle(m_title->text());
    writer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument document;
    document.setHtml(QStringLiteral("<h1>%1</h1>").arg(m_title->text().toHtmlEscaped()) +
                     m_text->text());
    document.print(&writer);
    // QPdfWriter says nothing of a file it could not open: look.
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        return tr("Could not save %1.").arg(QDir::toNativeSeparators(path));
    }
    return {};
}

void SeekCarePage::showPlan(const core::Plan& plan)
{
    // The heading names the urgency; every sentence below is the plan's own (plan.messages,
    // the emergency line included), as `tightside plan` prints them.
    const bool today = plan.urgency == core::Urgency::Today;
    m_title->setText(today ? tr("Please get medical help today") : tr("Please see a doctor soon"));
    m_title->setAccessibleName(m_title->text());
    m_card->setAccessibleName(m_title->text());
    QString html;
    for (const std::string& message : plan.messages) {
        html += QStringLiteral("<p>%1</p>").arg(qs(message).toHtmlEscaped());
    }
    m_text->setText(html);
}

void SeekCarePage::showAnswers(const core::Protocol& protocol,
                               const std::vector<std::string>& flags)
{
    // The answers that led here, as they were asked, so they can be taken to a doctor.
    QString html = m_text->text();
    html +=
        QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Your answers (take this list with you):"));
    for (const std::string& id : flags) {
        if (const auto* question = protocol.question(id)) {
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1 Yes.").arg(qs(question->question)).toHtmlEscaped());
        }
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("If you ticked a box by mistake, go back and change it."));
    m_text->setText(html);
}

} // namespace tightside::gui
