#pragma once

#include <QLabel>
#include <QScrollArea>
#include <QString>
#include <string>
#include <vector>

class QWidget;

namespace tightside::gui {

/// A word-wrapped label; `role` sets the object name used by tests and styles.
QLabel* makeLabel(const QString& text, QWidget* parent, const QString& objectName = {});

/// Gives focus to the first control inside `root` that takes Tab focus.
void focusFirstIn(QWidget* root);

/// An empty page with a margin-less vertical layout, to be filled later by fillHolder(): a
/// stacked or tab widget sizes itself from every page, shown or not, so a page not needed yet
/// stays empty until it is.
QWidget* makeHolder(QWidget* parent = nullptr);
/// Adds `page` to `holder`'s layout (with `stretch`) and, when the holder is on screen, shows
/// it at once (Qt would otherwise show it only by a queued call).
void fillHolder(QWidget* holder, QWidget* page, int stretch = 0);

/// A numbered list as rich text, escaped.
QString numberedList(const std::vector<std::string>& items);
QString bulletList(const std::vector<std::string>& items);

/// A page heading: large bold text that is also the label's accessible name.
QLabel* heading(const QString& text, QWidget* parent);

/// Makes `area` a page that scrolls when large text makes it taller than the window. The area
/// itself is a Tab stop (arrow keys scroll it), so it carries the page's `name`. Call it before
/// filling `content`: an area sizes its widget at once, and laying out a full page of wrapped
/// text at the area's first, tiny width was a large share of start-up.
void makeScrolling(QScrollArea* area, QWidget* content, const QString& name = {});
/// A new scrolling area around `content` (see makeScrolling).
QScrollArea* scrolled(QWidget* content, QWidget* parent, const QString& name = {});

} // namespace tightside::gui
