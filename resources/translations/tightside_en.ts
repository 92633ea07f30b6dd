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
    <name>tightside::gui::CameraPage</name>
    <message numerus="yes">
        <source>Start the self-timer (%n seconds)</source>
        <extracomment>The self-timer&apos;s button; the number is 10.</extracomment>
        <translation>
            <numerusform>Start the self-timer (%n second)</numerusform>
            <numerusform>Start the self-timer (%n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n seconds the camera takes the photo: time to lie down in the test position.</source>
        <translation>
            <numerusform>After %n second the camera takes the photo: time to lie down in the test position.</numerusform>
            <numerusform>After %n seconds the camera takes the photo: time to lie down in the test position.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aim the camera at the test position and check the picture. Then start the self-timer: you have %n seconds to lie down in position before the photo is taken.</source>
        <translation>
            <numerusform>Aim the camera at the test position and check the picture. Then start the self-timer: you have %n second to lie down in position before the photo is taken.</numerusform>
            <numerusform>Aim the camera at the test position and check the picture. Then start the self-timer: you have %n seconds to lie down in position before the photo is taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) until the photo is taken.</source>
        <extracomment>Said by a screen reader each second of the camera&apos;s self-timer.</extracomment>
        <translation>
            <numerusform>%n second until the photo is taken.</numerusform>
            <numerusform>%n seconds until the photo is taken.</numerusform>
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
    <name>tightside::gui::MeasureDialog</name>
    <message numerus="yes">
        <source>Take the photo with this computer&apos;s camera: its self-timer gives you %n seconds to lie down in position. Or take it with a phone or another camera (a helper or a self-timer), copy it to this computer and open it here. Only the landmarks and the angle are kept, not the photo, unless you chose to keep photos in Settings.</source>
        <translation>
            <numerusform>Take the photo with this computer&apos;s camera: its self-timer gives you %n second to lie down in position. Or take it with a phone or another camera (a helper or a self-timer), copy it to this computer and open it here. Only the landmarks and the angle are kept, not the photo, unless you chose to keep photos in Settings.</numerusform>
            <numerusform>Take the photo with this computer&apos;s camera: its self-timer gives you %n seconds to lie down in position. Or take it with a phone or another camera (a helper or a self-timer), copy it to this computer and open it here. Only the landmarks and the angle are kept, not the photo, unless you chose to keep photos in Settings.</numerusform>
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
        <source>%1 to %2: %n session(s)</source>
        <translation>
            <numerusform>%1 to %2: %n session</numerusform>
            <numerusform>%1 to %2: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n session(s); checks stopped by a red flag: %3</source>
        <translation>
            <numerusform>%1 to %2: %n session; checks stopped by a red flag: %3</numerusform>
            <numerusform>%1 to %2: %n sessions; checks stopped by a red flag: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How to read the numbers: every rating is the person&apos;s own, 0 (none) to 10 (extreme). The gap is left minus right, from -10 to 10: above 0 the left felt tighter, below 0 the right. The app&apos;s screens show the same gap without its sign (0-10) and name the tighter side. A group whose sides differ by %n point(s) or more is released on its tighter side. A change counts as better or worse only at %1 points or more; a measured angle only at its test&apos;s smallest real change (MDC).</source>
        <translation>
            <numerusform>How to read the numbers: every rating is the person&apos;s own, 0 (none) to 10 (extreme). The gap is left minus right, from -10 to 10: above 0 the left felt tighter, below 0 the right. The app&apos;s screens show the same gap without its sign (0-10) and name the tighter side. A group whose sides differ by %n point or more is released on its tighter side. A change counts as better or worse only at %1 points or more; a measured angle only at its test&apos;s smallest real change (MDC).</numerusform>
            <numerusform>How to read the numbers: every rating is the person&apos;s own, 0 (none) to 10 (extreme). The gap is left minus right, from -10 to 10: above 0 the left felt tighter, below 0 the right. The app&apos;s screens show the same gap without its sign (0-10) and name the tighter side. A group whose sides differ by %n points or more is released on its tighter side. A change counts as better or worse only at %1 points or more; a measured angle only at its test&apos;s smallest real change (MDC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) did not fit the time given and wait for the next session.</source>
        <translation>
            <numerusform>%n step did not fit the time given and waits for the next session.</numerusform>
            <numerusform>%n steps did not fit the time given and wait for the next session.</numerusform>
        </translation>
    </message>
</context>
</TS>
