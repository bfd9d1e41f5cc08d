/* polku-autosave.h: save an edited text when the user pauses, presses Enter
 * or leaves the field, never on every keystroke.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How long typing must pause before the text is saved. */
#define POLKU_AUTOSAVE_DELAY_MS 800

typedef void (*PolkuAutosaveFunc) (GtkWidget *widget,
                                   gpointer   user_data);
typedef void (*PolkuUndoFunc)     (gpointer   user_data);

void  polku_autosave_attach   (GtkWidget         *widget,
                               PolkuAutosaveFunc  func,
                               gpointer           user_data);
void  polku_autosave_set_text (GtkWidget         *widget,
                               const char        *text);
char *polku_autosave_dup_text (GtkWidget         *widget);
void  polku_autosave_flush    (GtkWidget         *widget);
void  polku_autosave_report   (GtkWidget         *widget,
                               const GError      *error);
void  polku_show_toast        (GtkWidget         *widget,
                               const char        *message);
void  polku_show_undo_toast   (GtkWidget         *widget,
                               const char        *message,
                               PolkuUndoFunc      undo,
                               gpointer           user_data,
                               GDestroyNotify     destroy);

G_END_DECLS
