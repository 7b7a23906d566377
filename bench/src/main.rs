//! `krait-bench`: time the benchmark suite under krait, CPython and PyPy, or compare
//! two result files. See bench/README.md.

use std::fs;
use std::process::ExitCode;

use krait_bench::cli::{self, Command, RunOptions};
use krait_bench::{chart, compare, report, runner};

fn run(options: &RunOptions) -> Result<(), String> {
    let results = runner::run(options)?;
    print!("{}", report::text_table(&results));
    fs::create_dir_all(&options.out)
        .map_err(|e| format!("cannot create {}: {e}", options.out.display()))?;
    let json = options.out.join("results.json");
    results.save(&json)?;
    let md = options.out.join("results.md");
    fs::write(&md, report::markdown(&results))
        .map_err(|e| format!("cannot write {}: {e}", md.display()))?;
    let svg = options.out.join("results.svg");
    chart::write_svg(&results, &svg)?;
    println!(
        "\nwrote {}, {}, {}",
        json.display(),
        md.display(),
        svg.display()
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match cli::parse(&args) {
        Ok(Command::Help) => {
            println!("{}", cli::USAGE);
            Ok(())
        }
        Ok(Command::Run(options)) => run(&options),
        Ok(Command::Compare { old, new }) => {
            compare::compare_files(&old, &new).map(|text| print!("{text}"))
        }
        Err(e) => Err(format!("{e}\n\n{}", cli::USAGE)),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("krait-bench: {e}");
            ExitCode::from(2)
        }
    }
}
