/* polku-adaptive-columns.h: two children side by side when there is room,
 * one below the other when there is not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define POLKU_TYPE_ADAPTIVE_COLUMNS (polku_adaptive_columns_get_type ())

G_DECLARE_FINAL_TYPE (PolkuAdaptiveColumns, polku_adaptive_columns, POLKU, ADAPTIVE_COLUMNS, GtkWidget)

GtkWidget *polku_adaptive_columns_new             (void);
GtkWidget *polku_adaptive_columns_get_start_child (PolkuAdaptiveColumns *self);
void       polku_adaptive_columns_set_start_child (PolkuAdaptiveColumns *self,
                                                   GtkWidget            *child);
GtkWidget *polku_adaptive_columns_get_end_child   (PolkuAdaptiveColumns *self);
void       polku_adaptive_columns_set_end_child   (PolkuAdaptiveColumns *self,
                                                   GtkWidget            *child);
int        polku_adaptive_columns_get_threshold   (PolkuAdaptiveColumns *self);
void       polku_adaptive_columns_set_threshold   (PolkuAdaptiveColumns *self,
                                                   int                   threshold);
gboolean   polku_adaptive_columns_get_wide        (PolkuAdaptiveColumns *self);

G_END_DECLS
