/* polku-competence-view.h: identifying a learner's competence in one unit,
 * requirement by requirement, fast with the keyboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-competence-list.h"
#include "polku-store.h"

G_BEGIN_DECLS

#define POLKU_TYPE_COMPETENCE_VIEW (polku_competence_view_get_type ())

G_DECLARE_FINAL_TYPE (PolkuCompetenceView, polku_competence_view, POLKU, COMPETENCE_VIEW, GtkWidget)

GtkWidget           *polku_competence_view_new        (void);
void                 polku_competence_view_set_unit   (PolkuCompetenceView *self,
                                                       PolkuStore          *store,
                                                       gint64               learner_id,
                                                       gint64               unit_id,
                                                       const char          *language);
PolkuCompetenceList *polku_competence_view_get_list   (PolkuCompetenceView *self);
/* The controls of the row of the @position'th requirement (for tests and focus). */
GtkWidget           *polku_competence_view_get_status (PolkuCompetenceView *self,
                                                       guint                position);
GtkWidget           *polku_competence_view_get_level  (PolkuCompetenceView *self,
                                                       guint                position);
GtkWidget           *polku_competence_view_get_evidence (PolkuCompetenceView *self,
                                                       guint                position);
gboolean             polku_competence_view_mark_remaining_identified (PolkuCompetenceView *self,
                                                       int                  level_id,
                                                       GError             **error);

G_END_DECLS
