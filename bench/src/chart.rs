//! The SVG chart (results.svg): one group of horizontal bars per program, one bar per
//! interpreter, showing the ratio to CPython on a logarithmic axis (right of the 1.0
//! line means faster than CPython). Drawn with plotters' SVG backend, which needs no
//! system fonts.

use std::path::Path;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::results::Results;

/// Bar colours, by interpreter column.
const PALETTE: [RGBColor; 6] = [
    RGBColor(0x4c, 0x72, 0xb0),
    RGBColor(0xdd, 0x84, 0x52),
    RGBColor(0x55, 0xa8, 0x68),
    RGBColor(0xc4, 0x4e, 0x52),
    RGBColor(0x81, 0x72, 0xb3),
    RGBColor(0x93, 0x78, 0x60),
];

/// The x-axis range: every ratio, 1.0, and some room on both sides.
fn ratio_range(results: &Results) -> (f64, f64) {
    let ratios: Vec<f64> = results
        .programs
        .iter()
        .flat_map(|p| p.cells.iter().filter_map(|c| c.ratio))
        .filter(|r| r.is_finite() && *r > 0.0)
        .collect();
    let lo = ratios.iter().copied().fold(1.0, f64::min);
    let hi = ratios.iter().copied().fold(1.0, f64::max);
    ((lo / 1.6).min(0.5), (hi * 2.5).max(3.0))
}

/// Draw the chart of `results` into the SVG file `path`.
pub fn write_svg(results: &Results, path: &Path) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| format!("cannot draw {}: {e}", path.display());
    let n = results.programs.len();
    let bars = results.interpreters.len().max(1);
    let height = (120 + n * (12 * bars + 14)) as u32;
    let root = SVGBackend::new(path, (960, height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| fail(&e))?;
    let (lo, hi) = ratio_range(results);
    let caption = format!(
        "Speed relative to CPython ({} sizes): CPython time / interpreter time",
        results.size
    );
    let mut chart = ChartBuilder::on(&root)
        .caption(caption, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(130)
        .build_cartesian_2d((lo..hi).log_scale(), 0.0..n as f64)
        .map_err(|e| fail(&e))?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_desc("ratio to CPython (log scale, > 1 is faster)")
        .x_labels(0)
        .x_label_formatter(&|_| String::new())
        .set_tick_mark_size(LabelAreaPosition::Bottom, 0)
        .y_labels(0)
        .draw()
        .map_err(|e| fail(&e))?;
    // Grid lines and labels at 1-2-5 steps (plotters' own log-scale ticks are uneven).
    let ticks: Vec<f64> = (-3..4)
        .flat_map(|e| [1.0, 2.0, 5.0].map(|m| m * 10f64.powi(e)))
        .filter(|t| (lo..=hi).contains(t))
        .collect();
    let grid = BLACK.mix(0.15).stroke_width(1);
    chart
        .draw_series(
            ticks
                .iter()
                .map(|&t| PathElement::new(vec![(t, 0.0), (t, n as f64)], grid)),
        )
        .map_err(|e| fail(&e))?;
    let tick_style =
        TextStyle::from(("sans-serif", 12).into_font()).pos(Pos::new(HPos::Center, VPos::Top));
    for &t in &ticks {
        let (x, y) = chart.backend_coord(&(t, 0.0));
        root.draw(&Text::new(format!("{t}x"), (x, y + 6), tick_style.clone()))
            .map_err(|e| fail(&e))?;
    }
    // Program names left of the axis, centred on their group of bars.
    let name_style =
        TextStyle::from(("sans-serif", 13).into_font()).pos(Pos::new(HPos::Right, VPos::Center));
    for (i, program) in results.programs.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(lo, (n - i) as f64 - 0.5));
        root.draw(&Text::new(
            program.name.clone(),
            (x - 8, y),
            name_style.clone(),
        ))
        .map_err(|e| fail(&e))?;
    }

    let band = 0.8 / bars as f64;
    for (j, interp) in results.interpreters.iter().enumerate() {
        let color = PALETTE[j % PALETTE.len()];
        let mut rects = Vec::new();
        let mut notes = Vec::new();
        for (i, program) in results.programs.iter().enumerate() {
            let top = (n - i) as f64 - 0.1 - band * j as f64;
            let Some(cell) = program.cell(&interp.id) else {
                continue;
            };
            match cell.ratio {
                Some(r) => rects.push(Rectangle::new(
                    [(lo, top - band * 0.9), (r, top)],
                    color.filled(),
                )),
                None => notes.push(Text::new(
                    format!("{} {}", interp.label, cell.status.tag()),
                    (lo * 1.03, top - band * 0.1),
                    ("sans-serif", 10).into_font().color(&color),
                )),
            }
        }
        chart
            .draw_series(rects)
            .map_err(|e| fail(&e))?
            .label(interp.label.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], color.filled()));
        chart.draw_series(notes).map_err(|e| fail(&e))?;
    }
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(1.0, 0.0), (1.0, n as f64)],
            BLACK.stroke_width(1),
        )))
        .map_err(|e| fail(&e))?;
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(|e| fail(&e))?;
    root.present().map_err(|e| fail(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interpreters::Interpreter;
    use crate::results::{Cell, ProgramResult, Status, FORMAT};

    fn cell(interpreter: &str, status: Status, time: f64) -> Cell {
        Cell {
            interpreter: interpreter.into(),
            status,
            times: vec![time],
            median: None,
            ratio: None,
            detail: None,
        }
    }

    #[test]
    fn draws_an_svg_with_every_program() {
        let interp = |id: &str| Interpreter {
            id: id.into(),
            label: id.into(),
            path: "/bin/true".into(),
            args: Vec::new(),
            version: String::new(),
        };
        let mut results = Results {
            format: FORMAT,
            created_unix: 0,
            size: "test".into(),
            reps: 1,
            warmup: 0,
            interpreters: vec![interp("krait"), interp("cpython"), interp("pypy")],
            programs: ["alpha", "beta"]
                .iter()
                .enumerate()
                .map(|(i, name)| ProgramResult {
                    name: name.to_string(),
                    size: "1".into(),
                    cells: vec![
                        cell("krait", if i == 0 { Status::Ok } else { Status::Fail }, 0.5),
                        cell("cpython", Status::Ok, 1.0),
                        cell("pypy", Status::Ok, 0.1 + i as f64),
                    ],
                })
                .collect(),
            geomeans: Vec::new(),
        };
        results.compute_statistics();
        let path =
            std::env::temp_dir().join(format!("krait-bench-chart-{}.svg", std::process::id()));
        write_svg(&results, &path).expect("chart");
        let svg = std::fs::read_to_string(&path).expect("svg written");
        let _ = std::fs::remove_file(&path);
        assert!(svg.starts_with("<svg"));
        for text in ["alpha", "beta", "krait FAIL", "1x", "10x"] {
            assert!(svg.contains(text), "missing {text}");
        }
    }
}
