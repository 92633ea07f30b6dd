#include "layouthelpers.h"

#include "heightcache.h"
#include "style.h"
#include "texts.h"
#include <QCoreApplication>
#include <QFrame>
#include <QVBoxLayout>
#include <vector>

namespace tightside::gui {

namespace {

// A word-wrapped plain-text label that remembers its height for the last few widths (see
// HeightCache): QLabel shapes the whole text again for each question.
class WrappedLabel final : public QLabel
{
public:
    WrappedLabel(const QString& text, QWidget* parent) : QLabel(text, parent) {}

    int heightForWidth(int width) const override
    {
        const QMargins m = contentsMargins();
        const HeightCache::Key key{
            text(), font(), {m.left(), m.top(), m.right(), m.bottom(), margin(), indent()}};
        return m_heights.height(key, width, [this](int w) { return QLabel::heightForWidth(w); });
    }

private:
    mutable HeightCache m_heights;
};

} // namespace

QLabel* makeLabel(const QString& text, QWidget* parent, const QString& objectName)
{
    auto* label = new WrappedLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty()) {
        label->setObjectName(objectName);
    }
    return label;
}

QWidget* makeHolder(QWidget* parent)
{
    auto* holder = new QWidget(parent);
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    return holder;
}

void fillHolder(QWidget* holder, QWidget* page, int stretch)
{
    qobject_cast<QBoxLayout*>(holder->layout())->addWidget(page, stretch);
    if (holder->isVisible()) {
        page->setVisible(true);
    }
}

void focusFirstIn(QWidget* root)
{
    for (QWidget* widget = root->nextInFocusChain(); widget != nullptr && widget != root;
         widget = widget->nextInFocusChain()) {
        if (!root->isAncestorOf(widget)) {
            continue;
        }
        if ((widget->focusPolicy() & Qt::TabFocus) != 0 && widget->isEnabled() &&
            widget->isVisibleTo(root)) {
            widget->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    root->setFocus();
}

QString numberedList(const std::vector<std::string>& items)
{
    QString html = QStringLiteral("<ol style=\"margin-left:0\">");
    for (const auto& item : items) {
        html += QStringLiteral("<li>") + qs(item).toHtmlEscaped() + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

QString bulletList(const std::vector<std::string>& items)
{
    QString html = QStringLiteral("<ul>");
    for (const auto& item : items) {
        html += QStringLiteral("<li>") + qs(item).toHtmlEscaped() + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = makeLabel(text, parent, QStringLiteral("pageHeading"));
    QFont font = label->font();
    font = style::scaledFont(font, 1.6);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

void makeScrolling(QScrollArea* area, QWidget* content, const QString& name)
{
    if (!name.isEmpty()) {
        area->setAccessibleName(name);
        area->setAccessibleDescription(QCoreApplication::translate(
            "tightside::gui::Page", "The page. If it is taller than the window, the arrow keys "
                                    "scroll it."));
    }
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    // setWidget() makes the page fill its background, over the viewport that has just filled
    // the same colour: one whole-window fill of every first paint for nothing.
    content->setAutoFillBackground(false);
}

QScrollArea* scrolled(QWidget* content, QWidget* parent, const QString& name)
{
    auto* area = new QScrollArea(parent);
    makeScrolling(area, content, name);
    return area;
}

} // namespace tightside::gui
