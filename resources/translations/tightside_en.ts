<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CourseText</name>
    <message numerus="yes">
        <source>Your course so far (your ratings): %n sessions, %1 to %2.</source>
        <translation>
            <numerusform>Your course so far (your ratings): %n session, %1 to %2.</numerusform>
            <numerusform>Your course so far (your ratings): %n sessions, %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) stopped at the screening questions by a red flag.</source>
        <translation>
            <numerusform>%n check stopped at the screening questions by a red flag.</numerusform>
            <numerusform>%n checks stopped at the screening questions by a red flag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseWords</name>
    <message numerus="yes">
        <source>Your last check was %n day(s) ago.</source>
        <translation>
            <numerusform>Your last check was %n day ago.</numerusform>
            <numerusform>Your last check was %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your course so far (your ratings): %n session(s).</source>
        <translation>
            <numerusform>Your course so far (your ratings): %n session.</numerusform>
            <numerusform>Your course so far (your ratings): %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) stopped at the screening questions by a red flag; they are in the table below.</source>
        <translation>
            <numerusform>%n check stopped at the screening questions by a red flag; it is in the table below.</numerusform>
            <numerusform>%n checks stopped at the screening questions by a red flag; they are in the table below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your two sides differ by less than %n points in every group, so they count as balanced and there is nothing to release today. Check again in two or three days. If your back still hurts after a few sessions, see a doctor or physiotherapist.</source>
        <translation>
            <numerusform>Your two sides differ by less than %n point in every group, so they count as balanced and there is nothing to release today. Check again in two or three days. If your back still hurts after a few sessions, see a doctor or physiotherapist.</numerusform>
            <numerusform>Your two sides differ by less than %n points in every group, so they count as balanced and there is nothing to release today. Check again in two or three days. If your back still hurts after a few sessions, see a doctor or physiotherapist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps do not fit in your %1 today; they come first next time.</source>
        <translation>
            <numerusform>%n step does not fit in your %1 today; it comes first next time.</numerusform>
            <numerusform>%n steps do not fit in your %1 today; they come first next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps that touched the low back, glutes, spine or lower ribs were removed: Tightside never works there, whatever a protocol says.</source>
        <translation>
            <numerusform>%n step that touched the low back, glutes, spine or lower ribs was removed: Tightside never works there, whatever a protocol says.</numerusform>
            <numerusform>%n steps that touched the low back, glutes, spine or lower ribs were removed: Tightside never works there, whatever a protocol says.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 gap has not clearly changed over your last %n sessions (your ratings: a gap of %2 at the first of them and %3 today). That can happen. It may be time to ask a doctor or physiotherapist to have a look; today&apos;s routine is below as usual.</source>
        <translation>
            <numerusform>Your %1 gap has not clearly changed over your last %n session (your ratings: a gap of %2 at the first of them and %3 today). That can happen. It may be time to ask a doctor or physiotherapist to have a look; today&apos;s routine is below as usual.</numerusform>
            <numerusform>Your %1 gap has not clearly changed over your last %n sessions (your ratings: a gap of %2 at the first of them and %3 today). That can happen. It may be time to ask a doctor or physiotherapist to have a look; today&apos;s routine is below as usual.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message numerus="yes">
        <source>%n session file(s) saved by an earlier version of Tightside were moved into the one data folder, where the command line finds them too.</source>
        <translation>
            <numerusform>%n session file saved by an earlier version of Tightside was moved into the one data folder, where the command line finds it too.</numerusform>
            <numerusform>%n session files saved by an earlier version of Tightside were moved into the one data folder, where the command line finds them too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that could not be used were set aside in the quarantine folder; nothing was deleted.</source>
        <translation>
            <numerusform>%n file that could not be used was set aside in the quarantine folder; nothing was deleted.</numerusform>
            <numerusform>%n files that could not be used were set aside in the quarantine folder; nothing was deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryChart</name>
    <message numerus="yes">
        <source>your ratings, %n session(s)</source>
        <translation>
            <numerusform>your ratings, %n session</numerusform>
            <numerusform>your ratings, %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryPage</name>
    <message numerus="yes">
        <source>%n files could not be read and are kept in the quarantine folder. Every readable session still shows.</source>
        <translation>
            <numerusform>%n file could not be read and is kept in the quarantine folder. Every readable session still shows.</numerusform>
            <numerusform>%n files could not be read and are kept in the quarantine folder. Every readable session still shows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tightside::gui::Texts</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tightside::report::Pdf</name>
    <message numerus="yes">
        <source>The latest %1 sessions (the charts below show all %n; the CSV export lists every one):</source>
        <translation>
            <numerusform>The latest %1 sessions (the charts below show all %n; the CSV export lists every one):</numerusform>
            <numerusform>The latest %1 sessions (the charts below show all %n; the CSV export lists every one):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions from %1 to %2. All figures are the user&apos;s own ratings, 0 (none) to 10 (extreme).</source>
        <translation>
            <numerusform>%n session from %1 to %2. All figures are the user&apos;s own ratings, 0 (none) to 10 (extreme).</numerusform>
            <numerusform>%n sessions from %1 to %2. All figures are the user&apos;s own ratings, 0 (none) to 10 (extreme).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
</TS>
