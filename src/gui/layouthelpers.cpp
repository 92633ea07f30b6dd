#include "layouthelpers.h"

#include "texts.h"
#include <QCoreApplication>
#include <QFrame>
#include <QVBoxLayout>
#include <utility>
#include <vector>

namespace tightside::gui {

namespace {

// A word-wrapped plain-text label that remembers its height for the last few widths. Qt asks a
// label for its height many times per layout pass, at a few widths, and QLabel shapes the
// whole text again each time: with the 23 safety questions that was a third of start-up. The
// answers are kept only while the text, font and margins they were made for stay the same.
class WrappedLabel final : public QLabel
{
public:
    WrappedLabel(const QString& text, QWidget* parent) : QLabel(text, parent) {}

    int heightForWidth(int width) const override
    {
        const Key key{text(), font(), contentsMargins(), margin(), indent()};
        if (!(key == m_key)) {
            m_key = key;
            m_heights.clear();
        }
        for (const auto& [known, height] : m_heights) {
            if (known == width) {
                return height;
            }
        }
        const int height = QLabel::heightForWidth(width);
        if (m_heights.size() == kRemembered) {
            m_heights.erase(m_heights.begin());
        }
        m_heights.emplace_back(width, height);
        return height;
    }

private:
    struct Key
    {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = -1;
        bool operator==(const Key& other) const
        {
            return margin == other.margin && indent == other.indent && contents == other.contents &&
                   font == other.font && text == other.text;
        }
    };
    static constexpr std::size_t kRemembered = 8;
    mutable Key m_key;
    mutable std::vector<std::pair<int, int>> m_heights;
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
    font.setPointSizeF(font.pointSizeF() * 1.6);
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
}

QScrollArea* scrolled(QWidget* content, QWidget* parent, const QString& name)
{
    auto* area = new QScrollArea(parent);
    makeScrolling(area, content, name);
    return area;
}

} // namespace tightside::gui
