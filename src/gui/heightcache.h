#pragma once

#include <QFont>
#include <QString>

#include <array>
#include <cstddef>
#include <utility>
#include <vector>

namespace tightside::gui {

/// The heights a word-wrapped widget gave for its last few widths. Qt asks such a widget for
/// its height many times per layout pass, at a few widths, and each answer shapes the whole
/// text again: with the 23 safety questions that was a third of start-up. The answers are kept
/// only while the text, font and the numbers that shape them (margins, indicator size...) stay
/// the same.
class HeightCache
{
public:
    struct Key
    {
        QString text;
        QFont font;
        std::array<int, 6> numbers{};
        bool operator==(const Key& other) const
        {
            return numbers == other.numbers && font == other.font && text == other.text;
        }
    };

    /// The height for `width` under `key`: remembered, else `compute(width)`.
    template <typename Compute>
    int height(const Key& key, int width, Compute&& compute)
    {
        if (!(key == m_key)) {
            m_key = key;
            m_heights.clear();
        }
        for (const auto& [known, height] : m_heights) {
            if (known == width) {
                return height;
            }
        }
        const int height = std::forward<Compute>(compute)(width);
        if (m_heights.size() == kRemembered) {
            m_heights.erase(m_heights.begin());
        }
        m_heights.emplace_back(width, height);
        return height;
    }

private:
    static constexpr std::size_t kRemembered = 8;
    Key m_key;
    std::vector<std::pair<int, int>> m_heights;
};

} // namespace tightside::gui
