/* polku-timeline.h: a learner's periods, units, check-ins and skills
 * demonstrations on one time axis (cairo), with a text description for
 * screen readers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-store-learners.h"

G_BEGIN_DECLS

#define POLKU_TYPE_TIMELINE (polku_timeline_get_type ())

G_DECLARE_FINAL_TYPE (PolkuTimeline, polku_timeline, POLKU, TIMELINE, GtkWidget)

GtkWidget  *polku_timeline_new             (void);
void        polku_timeline_set_learner     (PolkuTimeline *self,
                                            PolkuStore    *store,
                                            gint64         learner_id);
void        polku_timeline_reload          (PolkuTimeline *self);
void        polku_timeline_set_swedish     (PolkuTimeline *self,
                                            gboolean       swedish);
guint       polku_timeline_get_n_records   (PolkuTimeline *self);
const char *polku_timeline_get_description (PolkuTimeline *self);

G_END_DECLS
