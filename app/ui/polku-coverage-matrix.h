/* polku-coverage-matrix.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-coverage-drawing.h"

G_BEGIN_DECLS

#define POLKU_TYPE_COVERAGE_MATRIX (polku_coverage_matrix_get_type ())

G_DECLARE_FINAL_TYPE (PolkuCoverageMatrix, polku_coverage_matrix, POLKU, COVERAGE_MATRIX, GtkWidget)

GtkWidget  *polku_coverage_matrix_new         (void);
void        polku_coverage_matrix_set_models  (PolkuCoverageMatrix *self,
                                               GListModel          *tasks,
                                               GListModel          *rows);
GListModel *polku_coverage_matrix_get_tasks   (PolkuCoverageMatrix *self);
GListModel *polku_coverage_matrix_get_rows    (PolkuCoverageMatrix *self);
const char *polku_coverage_matrix_get_title   (PolkuCoverageMatrix *self);
void        polku_coverage_matrix_set_title   (PolkuCoverageMatrix *self,
                                               const char          *title);
const char *polku_coverage_matrix_get_summary (PolkuCoverageMatrix *self);
void        polku_coverage_matrix_get_style   (PolkuCoverageMatrix *self,
                                               PolkuCoverageStyle  *style);

G_END_DECLS
