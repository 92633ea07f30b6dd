<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Cli</name>
        <message>
            <source>Usage: tightside [COMMAND] [OPTIONS]

Tightside finds the tighter side of each leg group and guides a release of that
side, never the low back or glutes. With no command it opens the window.
It is not medical advice.

Commands (they run without a window):
</source>
            <translation>Uso: tightside [ORDEN] [OPCIONES]

Tightside busca el lado más tenso de cada grupo muscular de las piernas y te guía
para liberar ese lado, nunca la parte baja de la espalda ni los glúteos. Sin
orden, abre la ventana.
No es consejo médico.

Órdenes (funcionan sin ventana):
</translation>
        </message>
        <message>
            <source>
Options:
  --data-dir DIR      where sessions are kept (else $TIGHTSIDE_DATA_DIR,
                      else the platform's app-data folder)
  --lang CODE         the language: en, de, es or fr (else the locale's)
  --exit-after-startup  open the window, wait until it is idle, exit 0
  --help              show this help; COMMAND --help shows a command's help
  --version           show the version

Exit codes: 0 success, 1 bad input, 2 wrong usage.
</source>
            <translation>
Opciones:
  --data-dir CARPETA  dónde se guardan las sesiones (si no, $TIGHTSIDE_DATA_DIR,
                      si no, la carpeta de datos de aplicaciones del sistema)
  --lang CÓDIGO       el idioma: en, de, es o fr (si no, el del sistema)
  --exit-after-startup  abrir la ventana, esperar a que esté lista, salir con 0
  --help              mostrar esta ayuda; ORDEN --help muestra la ayuda de una orden
  --version           mostrar la versión

Códigos de salida: 0 éxito, 1 datos no válidos, 2 uso incorrecto.
</translation>
        </message>
        <message>
            <source>Try '%1 --help'.</source>
            <translation>Prueba '%1 --help'.</translation>
        </message>
        <message>
            <source>unknown option %1</source>
            <translation>opción desconocida %1</translation>
        </message>
        <message>
            <source>unknown command '%1'</source>
            <translation>orden desconocida '%1'</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::CheckFlow</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Goes to the page before. Your answers are kept.</source>
            <translation>Vuelve a la página anterior. Tus respuestas se conservan.</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <source>See my &amp;plan &gt;</source>
            <translation>Ver mi &amp;plan &gt;</translation>
        </message>
        <message>
            <source>&amp;Start routine &gt;</source>
            <translation>&amp;Empezar la rutina &gt;</translation>
        </message>
        <message>
            <source>&amp;Next: save this check &gt;</source>
            <translation>&amp;Siguiente: guardar esta comprobación &gt;</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Start a &amp;new check</source>
            <translation>Empezar una &amp;nueva comprobación</translation>
        </message>
        <message>
            <source>Starts the routine player with step 1.</source>
            <translation>Abre el reproductor de la rutina en el paso 1.</translation>
        </message>
        <message>
            <source>Saves this check to your history.</source>
            <translation>Guarda esta comprobación en tu historial.</translation>
        </message>
        <message>
            <source>Starts a new check from the safety questions.</source>
            <translation>Empieza una nueva comprobación desde las preguntas de seguridad.</translation>
        </message>
        <message>
            <source>Goes to the next page. Enter does the same.</source>
            <translation>Pasa a la página siguiente. Intro hace lo mismo.</translation>
        </message>
        <message>
            <source>Group %1 of %2</source>
            <translation>Grupo %1 de %2</translation>
        </message>
        <message>
            <source>Self-check</source>
            <translation>Autocomprobación</translation>
        </message>
        <message>
            <source>Your progress could not be saved: %1 The routine goes on; check the data folder in Settings.</source>
            <translation>No se pudo guardar tu progreso: %1 La rutina sigue; revisa la carpeta de datos en Ajustes.</translation>
        </message>
        <message>
            <source>The session could not be saved: %1 Your answers are still here; check the data folder in Settings and press Save again.</source>
            <translation>No se pudo guardar la sesión: %1 Tus respuestas siguen aquí; revisa la carpeta de datos en Ajustes y pulsa Guardar otra vez.</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::GroupPage</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>A group page's title: the group's name and where it is, e.g. "Quadriceps (front of the thigh)".</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: optional</source>
            <translation>%1: opcional</translation>
        </message>
        <message>
            <source>Self-test: %1</source>
            <translation>Prueba: %1</translation>
        </message>
        <message>
            <source>What to compare</source>
            <translation>Qué comparar</translation>
        </message>
        <message>
            <source>Picture of the %1 coming soon.</source>
            <translation>Pronto habrá una imagen de %1.</translation>
        </message>
        <message>
            <source>Picture: %1</source>
            <translation>Imagen: %1</translation>
        </message>
        <message>
            <source>A drawing of the %1 test, done on the left side. For the right side, do the same as in a mirror.</source>
            <translation>Un dibujo de la prueba «%1», hecha en el lado izquierdo. Para el lado derecho, hazlo igual, como en un espejo.</translation>
        </message>
        <message>
            <source>The drawing shows the left side; do the right side the same way.</source>
            <translation>El dibujo muestra el lado izquierdo; haz el lado derecho de la misma forma.</translation>
        </message>
        <message>
            <source>STOP: nerve signs</source>
            <translatorcomment>señal nerviosa: término fijo, igual en todo el programa y en el protocolo.</translatorcomment>
            <translation>DETENTE: señales nerviosas</translation>
        </message>
        <message>
            <source>Nerve signs: stop if you notice these</source>
            <translatorcomment>señales nerviosas: como en el protocolo.</translatorcomment>
            <translation>Señales nerviosas: detente si notas alguna</translation>
        </message>
        <message>
            <source>I did this optional test today</source>
            <translation>Hoy he hecho esta prueba opcional</translation>
        </message>
        <message>
            <source>I did the optional %1 test today</source>
            <translation>Hoy he hecho la prueba opcional de %1</translation>
        </message>
        <message>
            <source>Tick to rate both sides. Leave empty to skip this test today.</source>
            <translation>Márcalo para puntuar los dos lados. Déjalo vacío para saltarte esta prueba hoy.</translation>
        </message>
        <message>
            <source>%1 tightness</source>
            <extracomment>What a pair of ratings rates, for screen readers: "quadriceps tightness".</extracomment>
            <translation>Tensión: %1</translation>
        </message>
        <message>
            <source>Lit: the tighter side, %1 %2.</source>
            <translation>Resaltado: el lado más tenso, %2 (%1).</translation>
        </message>
        <message>
            <source>Marked: %1 on both legs.</source>
            <translation>Marcado: %1 en las dos piernas.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>caption, then which side is which</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>caption, then what the hatching means</comment>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::MinutesPage</name>
        <message>
            <source>Time for today (optional)</source>
            <translation>Tiempo para hoy (opcional)</translation>
        </message>
        <message>
            <source>If you are short of time, say how many minutes you have. The plan keeps the most important steps and saves the rest for next time.</source>
            <translation>Si tienes poco tiempo, di cuántos minutos tienes. El plan se queda con los pasos más importantes y guarda el resto para la próxima vez.</translation>
        </message>
        <message>
            <source>Limit today's releases to</source>
            <translation>Limitar las liberaciones de hoy a</translation>
        </message>
        <message>
            <source>Tick to set a time limit. The plan keeps the most important steps.</source>
            <translation>Márcalo para poner un límite de tiempo. El plan se queda con los pasos más importantes.</translation>
        </message>
        <message>
            <source> minutes</source>
            <extracomment>The unit after the number in the minutes box, with its leading space.</extracomment>
            <translation> minutos</translation>
        </message>
        <message>
            <source>Minutes for today</source>
            <translation>Minutos para hoy</translation>
        </message>
        <message>
            <source>From %1 to %2 minutes.</source>
            <translation>De %1 a %2 minutos.</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::Page</name>
        <message>
            <source>The page. If it is taller than the window, the arrow keys scroll it.</source>
            <translation>La página. Si es más alta que la ventana, las flechas la desplazan.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Tick for yes. Leave empty for no.</source>
            <translation>Márcalo para sí. Déjalo vacío para no.</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::PainPage</name>
        <message>
            <source>Your back pain right now</source>
            <translation>Tu dolor de espalda ahora</translation>
        </message>
        <message>
            <source>How much does your back hurt at this moment, from 0 (no pain) to 10 (the worst pain you can imagine)?</source>
            <translation>¿Cuánto te duele la espalda en este momento, de 0 (nada de dolor) a 10 (el peor dolor que puedas imaginar)?</translation>
        </message>
        <message>
            <source>PAIN NOW</source>
            <translation>DOLOR AHORA</translation>
        </message>
        <message>
            <source>Back pain now, 0 none to 10 extreme</source>
            <translation>Dolor de espalda ahora, de 0 nada a 10 extremo</translation>
        </message>
        <message>
            <source>My back flared up in the last few days (a sudden, stronger bout of pain)</source>
            <translatorcomment>flare-up = brote de dolor, siempre igual.</translatorcomment>
            <translation>He tenido un brote de dolor de espalda en los últimos días (un dolor repentino y más fuerte)</translation>
        </message>
        <message>
            <source>Tick for yes. The plan then uses gentler pressure and shorter holds.</source>
            <translation>Márcalo para sí. El plan usará entonces una presión más suave y tiempos más cortos.</translation>
        </message>
        <message>
            <source>During a flare-up the plan still works only on the legs, with gentler pressure and shorter holds. The hips and back are left alone on purpose.</source>
            <translation>Durante un brote de dolor, el plan sigue trabajando solo en las piernas, con una presión más suave y tiempos más cortos. La cadera y la espalda se dejan en paz a propósito.</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::PlanPage</name>
        <message>
            <source>Your plan for today</source>
            <translation>Tu plan para hoy</translation>
        </message>
        <message>
            <source>Your plan</source>
            <translation>Tu plan</translation>
        </message>
        <message>
            <source>The steps in order, with the side, the time and the reason for each, then what is balanced and what is never worked on.</source>
            <translation>Los pasos en orden, con el lado, el tiempo y el motivo de cada uno; después, lo que está equilibrado y lo que nunca se trabaja.</translation>
        </message>
        <message>
            <source>Steps, in this order</source>
            <translation>Pasos, en este orden</translation>
        </message>
        <message>
            <source>: left %1, right %2, a gap of %3</source>
            <translation>: izquierda %1, derecha %2, una diferencia de %3</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>step title, hold</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source> (optional)</source>
            <translation> (opcional)</translation>
        </message>
        <message>
            <source>About %1 of holds, plus a 5 s lead-in before each.</source>
            <translation>Unos %1 de tiempos, más 5 s de preparación antes de cada uno.</translation>
        </message>
        <message>
            <source>Nothing to release today</source>
            <translation>Hoy no hay nada que liberar</translation>
        </message>
        <message>
            <source>Balanced (no release needed)</source>
            <translation>Equilibrado (no hace falta liberar)</translation>
        </message>
        <message>
            <source>%1: the two sides differ by less than %2.</source>
            <translation>%1: los dos lados se diferencian en menos de %2.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Next time (did not fit today's minutes)</source>
            <translation>La próxima vez (no cupo en los minutos de hoy)</translation>
        </message>
        <message>
            <source>Never on the list</source>
            <translation>Nunca en la lista</translation>
        </message>
        <message>
            <source>Where each step works</source>
            <translation>Dónde actúa cada paso</translation>
        </message>
        <message>
            <source>%1. %2, %3</source>
            <comment>step number, title, hold</comment>
            <translation>%1. %2, %3</translation>
        </message>
        <message>
            <source>Step %1 body map: %2</source>
            <translation>Mapa del cuerpo del paso %1: %2</translation>
        </message>
        <message>
            <source>Never worked on</source>
            <translation>Nunca se trabaja</translation>
        </message>
        <message>
            <source>Body map of the never-regions</source>
            <translation>Mapa del cuerpo de las zonas que nunca se trabajan</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::RecheckPage</name>
        <message>
            <source>Check both sides again</source>
            <translation>Vuelve a comprobar los dos lados</translation>
        </message>
        <message>
            <source>Do the same self-tests as before on both sides of each group you released, and rate them again. The sliders start at your first answers.</source>
            <translation>Haz las mismas pruebas que antes en los dos lados de cada grupo que has liberado y vuelve a puntuarlos. Los controles deslizantes empiezan en tus primeras respuestas.</translation>
        </message>
        <message>
            <source>PAIN NOW</source>
            <translation>DOLOR AHORA</translation>
        </message>
        <message>
            <source>Back pain after the routine, 0 none to 10 extreme</source>
            <translation>Dolor de espalda después de la rutina, de 0 nada a 10 extremo</translation>
        </message>
        <message>
            <source>How much does your back hurt now?</source>
            <translation>¿Cuánto te duele la espalda ahora?</translation>
        </message>
        <message>
            <source>Notes (optional, stay on this computer):</source>
            <translation>Notas (opcionales, se quedan en este ordenador):</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Optional. Your notes stay on this computer. Tab moves on.</source>
            <translation>Opcional. Tus notas se quedan en este ordenador. Tab pasa al siguiente.</translation>
        </message>
        <message>
            <source>Nothing was released today, so there is nothing to check again.</source>
            <translation>Hoy no se ha liberado nada, así que no hay nada que volver a comprobar.</translation>
        </message>
        <message>
            <source>%1 tightness after</source>
            <translation>Tensión después: %1</translation>
        </message>
        <message>
            <source>Before: left %1, right %2.</source>
            <translation>Antes: izquierda %1, derecha %2.</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::ScreeningPage</name>
        <message>
            <source>First, a few safety questions</source>
            <translation>Primero, unas preguntas de seguridad</translation>
        </message>
        <message>
            <source>Things that change how you release</source>
            <translation>Cosas que cambian cómo liberas</translation>
        </message>
        <message>
            <source>Safety questions</source>
            <translation>Preguntas de seguridad</translation>
        </message>
        <message>
            <source>Tick Yes for anything that is true for you now. Some answers mean a doctor should see you before any release; the app will say so.</source>
            <translation>Marca Sí en todo lo que sea cierto para ti ahora. Algunas respuestas significan que un médico debe verte antes de hacer ninguna liberación; la aplicación te lo dirá.</translation>
        </message>
        <message>
            <source>Tick Yes for anything that applies. The plan will use lighter pressure, shorter holds or leave a place out, and say why.</source>
            <translation>Marca Sí en todo lo que te pase. El plan usará menos presión o tiempos más cortos, o dejará fuera una zona, y dirá por qué.</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::SeekCarePage</name>
        <message>
            <source>Cl&amp;ose this check</source>
            <translation>&amp;Cerrar esta comprobación</translation>
        </message>
        <message>
            <source>Ends this check. No routine is given.</source>
            <translation>Termina esta comprobación. No se da ninguna rutina.</translation>
        </message>
        <message>
            <source>Please get medical help today</source>
            <translation>Busca ayuda médica hoy</translation>
        </message>
        <message>
            <source>Please see a doctor soon</source>
            <translation>Ve pronto a un médico</translation>
        </message>
        <message>
            <source>One of your answers can be a sign of something that needs a doctor today. This is not a diagnosis, and many such signs turn out to be harmless, but it is worth checking now.</source>
            <translation>Una de tus respuestas puede ser señal de algo que necesita un médico hoy. No es un diagnóstico, y muchas de estas señales resultan inofensivas, pero vale la pena revisarlo ahora.</translation>
        </message>
        <message>
            <source>One of your answers means a doctor or physiotherapist should look at your back before you do any release. Please book a visit in the next few days.</source>
            <translation>Una de tus respuestas significa que un médico o un fisioterapeuta debe mirar tu espalda antes de hacer ninguna liberación. Pide cita en los próximos días.</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Qué hacer:</translation>
        </message>
        <message>
            <source>Take this list of answers with you. If you ticked a box by mistake, go back and change it.</source>
            <translation>Lleva contigo esta lista de respuestas. Si marcaste una casilla por error, vuelve atrás y cámbiala.</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::SummaryPage</name>
        <message>
            <source>Saved: your gap, before and after</source>
            <translation>Guardado: tu diferencia, antes y después</translation>
        </message>
        <message>
            <source>&amp;See your history</source>
            <translation>&amp;Ver tu historial</translation>
        </message>
        <message>
            <source>Shows all your sessions and how the gap changes over time.</source>
            <translation>Muestra todas tus sesiones y cómo cambia la diferencia con el tiempo.</translation>
        </message>
        <message>
            <source>gap %1 now (left %2, right %3).</source>
            <translation>diferencia de %1 ahora (izquierda %2, derecha %3).</translation>
        </message>
        <message>
            <source>gap %1 before (left %2, right %3), %4</source>
            <translation>diferencia de %1 antes (izquierda %2, derecha %3), %4</translation>
        </message>
        <message>
            <source>Back pain: %1 before, %2 after (out of 10).</source>
            <translation>Dolor de espalda: %1 antes, %2 después (de 10).</translation>
        </message>
        <message>
            <source>Steps: %1 completed, %2 skipped, %3 stopped for pain.</source>
            <translation>Pasos: %1 completados, %2 saltados, %3 parados por dolor.</translation>
        </message>
        <message>
            <source>A typical course takes one to six sessions. Check again in a day or two: the gap should shrink over time.</source>
            <translation>Un proceso típico dura de una a seis sesiones. Vuelve a comprobarlo en uno o dos días: la diferencia debería reducirse con el tiempo.</translation>
        </message>
    </context>
</TS>
