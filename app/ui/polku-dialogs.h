/* polku-dialogs.h: the one seam between Polku and GTK 4.8's dialogs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void      polku_dialogs_confirm_async    (GtkWindow           *parent,
                                          const char          *heading,
                                          const char          *body,
                                          const char          *confirm_label,
                                          gboolean             destructive,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean  polku_dialogs_confirm_finish   (GAsyncResult        *result,
                                          GError             **error);

void      polku_dialogs_alert            (GtkWindow           *parent,
                                          const char          *heading,
                                          const char          *body);

void      polku_dialogs_open_file_async  (GtkWindow           *parent,
                                          const char          *title,
                                          GListModel          *filters,
                                          gboolean             multiple,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
GListModel *polku_dialogs_open_file_finish (GAsyncResult      *result,
                                          GError             **error);

void      polku_dialogs_save_file_async  (GtkWindow           *parent,
                                          const char          *title,
                                          const char          *initial_name,
                                          GListModel          *filters,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
GFile    *polku_dialogs_save_file_finish (GAsyncResult        *result,
                                          GError             **error);

G_END_DECLS
