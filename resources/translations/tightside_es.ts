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
                      else the platform&apos;s app-data folder)
  --lang CODE         the language: en, de, es or fr (else the locale&apos;s)
  --exit-after-startup  open the window, wait until it is idle, exit 0
  --help              show this help; COMMAND --help shows a command&apos;s help
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
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Prueba &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
</context>
</TS>
