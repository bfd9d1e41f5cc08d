/* polku-learner-widgets.h: rows and lists the learner page and the
 * demonstration editor build alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

char      *polku_learner_format_date      (const char    *iso_date);
char      *polku_learner_dup_today        (void);

GtkWidget *polku_learner_new_group        (GtkBox        *box,
                                           const char    *title,
                                           const char    *description);
GtkWidget *polku_learner_new_list         (GtkWidget     *group);
void       polku_learner_clear_rows       (GtkWidget     *list);
void       polku_learner_insert_row       (GtkWidget     *list,
                                           GtkWidget     *row);
void       polku_learner_keep_row         (GtkWidget     *list,
                                           GtkWidget     *row);

GtkWidget *polku_learner_new_combo_row    (const char    *title,
                                           GtkStringList *strings,
                                           guint          selected);
GtkWidget *polku_learner_new_date_row     (const char    *title,
                                           const char    *date,
                                           GtkWidget    **out_entry);
GtkWidget *polku_learner_new_button_row   (const char    *title,
                                           const char    *subtitle,
                                           GtkWidget     *button);
GtkWidget *polku_learner_new_icon_button  (const char    *icon_name,
                                           const char    *label);
void       polku_learner_use_wide_list    (GtkWidget     *combo);
void       polku_learner_track_expanded   (GtkWidget     *expander,
                                           GHashTable    *expanded,
                                           char          *key);

G_END_DECLS
