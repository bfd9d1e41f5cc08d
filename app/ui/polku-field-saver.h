/* polku-field-saver.h: "every edit is saved at once" for the text fields of
 * one model object, without writing on every keystroke.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The shape of the model setters: polku_task_set_title() and the like. */
typedef gboolean (*PolkuFieldSetter) (gpointer     object,
                                      const char  *text,
                                      GError     **error);

/* How long typing may pause before a field is saved. */
#define POLKU_FIELD_SAVER_DELAY_MS 500

#define POLKU_TYPE_FIELD_SAVER (polku_field_saver_get_type ())

/* Signal "failed" (GtkWidget *field, GError *error): a save was refused; the field
 * keeps the text and gets the "error" style class until a save succeeds. */
G_DECLARE_FINAL_TYPE (PolkuFieldSaver, polku_field_saver, POLKU, FIELD_SAVER, GObject)

PolkuFieldSaver *polku_field_saver_new         (void);
void             polku_field_saver_add         (PolkuFieldSaver  *self,
                                                GtkWidget        *field,
                                                const char       *property,
                                                PolkuFieldSetter  setter);
gpointer         polku_field_saver_get_object  (PolkuFieldSaver  *self);
void             polku_field_saver_set_object  (PolkuFieldSaver  *self,
                                                gpointer          object);
gboolean         polku_field_saver_flush       (PolkuFieldSaver  *self);
void             polku_field_saver_discard     (PolkuFieldSaver  *self);
gboolean         polku_field_saver_get_pending (PolkuFieldSaver  *self);

G_END_DECLS
